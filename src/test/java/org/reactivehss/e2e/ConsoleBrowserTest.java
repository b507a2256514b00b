package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;
import static org.reactivehss.e2e.S6aClient.hex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reactivehss.api.ApiOptions;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * The operator console in a real browser against a whole HSS with an API token: the token entered
 * once; a subscriber created with a bad K shows the API's error beside the K field, then saved and
 * found by search; AIRs from an MME move the overview's rate; a resync shows on the subscriber page
 * with SQN_HE's SEQ and IND; the peers page lists the MME; a CSV import reports every line. No CSP
 * violation or script error in the browser's log. A failing step leaves a screenshot under
 * target/console-screenshots/.
 */
@Timeout(240)
class ConsoleBrowserTest {
  private static final String TOKEN = "console-browser-token";
  private static final String IMSI = "001010000000991";
  private static final String MME = "mme-console-browser.localdomain";
  private static final Duration WAIT = Duration.ofSeconds(15);

  private static E2eHss hss;
  private static ConsoleBrowser browser;
  private static WebDriver driver;
  private static String console;

  @BeforeAll
  static void start() throws Exception {
    ConsoleBrowser.requireInstalled();
    // with a token the API listens on http.host; loopback keeps the test off the network
    UnaryOperator<ApiOptions> withToken =
        o ->
            new ApiOptions(
                "127.0.0.1",
                o.port(),
                TOKEN,
                o.maxBodyBytes(),
                o.https(),
                o.allowedHosts(),
                o.limits());
    hss = new E2eHss(List.of(), 2_000, UnaryOperator.identity(), null, withToken);
    console = "http://127.0.0.1:" + hss.httpPort + "/console/";
    browser = new ConsoleBrowser();
    driver = browser.driver;
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (hss != null) {
        hss.close();
      }
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Runs one step; on failure, a screenshot named after it, then the failure. */
  private static void step(String name, Step step) throws Exception {
    try {
      step.run();
    } catch (Exception | AssertionError failure) {
      browser.screenshot(name);
      throw failure;
    }
  }

  private static WebElement visible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(driver, WAIT)
        .withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.get());
  }

  private static void open(String hash) {
    driver.get(console + hash);
  }

  private static void type(String id, String text) {
    WebElement field = visible(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void operatorFlows_workInABrowser_underTheContentSecurityPolicy() throws Exception {
    step("01-login", ConsoleBrowserTest::login);
    step("02-create-with-bad-k", ConsoleBrowserTest::createWithBadK_showsTheErrorBesideK);
    step("03-search", ConsoleBrowserTest::savedSubscriber_isFoundByPrefix);
    TestPeer mme = hss.connect(MME);
    try {
      mme.open();
      S6aClient client = new S6aClient(mme);
      step("04-overview-rate", () -> airs_moveTheOverviewRate(client));
      step("05-resync", () -> resync_showsOnTheSubscriberPage(client));
      step("06-peers", ConsoleBrowserTest::peersPage_listsTheMme);
    } finally {
      mme.close();
    }
    step("07-import", ConsoleBrowserTest::csvImport_reportsEveryLine);
    step("07b-audit", ConsoleBrowserTest::auditPage_listsTheCreateAndTheImport);
    step("08-browser-log", ConsoleBrowserTest::noPolicyViolationOrScriptError);
  }

  private static void login() {
    open("");
    visible(By.id("login-form"));
    type("token", TOKEN);
    driver.findElement(By.id("login-submit")).click();
    visible(By.id("nav"));
    visible(By.id("answers-rate"));
  }

  private static void createWithBadK_showsTheErrorBesideK() {
    open("#/subscribers/new");
    type("field-imsi", IMSI);
    type("field-msisdn", "33699000991");
    type("field-k", "not-hex");
    new Select(visible(By.id("field-keyType"))).selectByValue("opc");
    type("field-opKey", S6aClient.OPC);
    driver.findElement(By.id("save")).click();
    waitFor("an error beside K", () -> !driver.findElement(By.id("error-k")).getText().isBlank());
    assertThat(driver.findElement(By.id("error-k")).getText()).containsIgnoringCase("hex");
    assertThat(driver.findElement(By.id("error-msisdn")).getText()).isEmpty();

    type("field-k", S6aClient.K);
    driver.findElement(By.id("save")).click();
    waitFor("the subscriber page", () -> driver.getCurrentUrl().endsWith("#/subscriber/" + IMSI));
    visible(By.id("sqn-seq"));
  }

  private static void savedSubscriber_isFoundByPrefix() {
    open("#/subscribers");
    new Select(visible(By.id("search-field"))).selectByValue("msisdnPrefix");
    type("search-prefix", "3369900");
    driver.findElement(By.id("search")).click();
    WebElement row = visible(By.cssSelector("#subscriber-table tr[data-imsi='" + IMSI + "']"));
    assertThat(row.getText()).contains("33699000991");
    assertThat(driver.findElements(By.cssSelector("#subscriber-table tbody tr"))).hasSize(1);
  }

  /** AIRs keep coming until the overview shows a rate above zero (bounded by the wait). */
  private static void airs_moveTheOverviewRate(S6aClient client) throws Exception {
    open("#/overview");
    WebElement rate = visible(By.id("answers-rate"));
    long deadline = System.nanoTime() + WAIT.toNanos();
    double seen = 0;
    while (seen <= 0 && System.nanoTime() < deadline) {
      assertThat(client.exchange(client.air(IMSI, 1, HOME_PLMN, null)).resultCode())
          .isEqualTo(2001);
      Thread.sleep(100);
      seen = number(rate.getText());
    }
    assertThat(seen).as("answers/s on the overview").isGreaterThan(0);
    waitFor(
        "the s6a AIR row",
        () -> driver.findElement(By.id("by-command-table")).getText().contains("s6a AIR"));
    assertThat(driver.findElement(By.id("p50")).getText()).isNotBlank();
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException notYet) {
      return 0;
    }
  }

  /**
   * The USIM's SQN ran 2^30 ahead; its AUTS sets SQN_HE to SEQ_MS || 11111 (2^30 + 31) and three
   * vectors follow: SQN_HE 2^30 + 34, SEQ 2^25 + 1, IND 2 (TS 33.102 §6.3.5, Annex C).
   */
  private static void resync_showsOnTheSubscriberPage(S6aClient client) throws Exception {
    assertThat(client.exchange(client.ulr(IMSI, HOME_PLMN, S6aClient.EUTRAN, 0)).resultCode())
        .isEqualTo(2001);
    UsimModel usim = UsimModel.of("milenage", hex(S6aClient.K), null, hex(S6aClient.OPC));
    usim.acceptedEverySqnUpTo(Sqn.of(31 + (1L << 30)));
    Avp first =
        S6aClient.eutranVectors(client.exchange(client.air(IMSI, 1, HOME_PLMN, null))).get(0);
    byte[] auts =
        ((UsimModel.SyncFailure)
                usim.authenticate(
                    S6aAuthenticationTest.octets(first, S6aAvps.RAND),
                    S6aAuthenticationTest.octets(first, S6aAvps.AUTN)))
            .randAndAuts();
    assertThat(client.exchange(client.air(IMSI, 3, HOME_PLMN, auts)).resultCode()).isEqualTo(2001);

    open("#/subscriber/" + IMSI);
    // the history is written off the request's path: reload until it shows
    waitFor(
        "the resync in the auth history",
        () -> {
          if (!driver
              .findElements(By.cssSelector("#auth-events tr[data-kind='resync']"))
              .isEmpty()) {
            return true;
          }
          driver.navigate().refresh();
          return false;
        });
    WebElement after = visible(By.cssSelector("#auth-events tr[data-kind='resync'] td.sqn-after"));
    assertThat(after.getAttribute("data-seq")).isEqualTo(String.valueOf((1L << 25) + 1));
    assertThat(after.getAttribute("data-ind")).isEqualTo("2");
    assertThat(visible(By.id("sqn-seq")).getText()).isEqualTo(String.valueOf((1L << 25) + 1));
    assertThat(driver.findElement(By.id("sqn-ind")).getText()).isEqualTo("2");
    assertThat(driver.findElement(By.id("serving-mme")).getText()).contains(MME);
  }

  private static void peersPage_listsTheMme() {
    open("#/peers");
    WebElement row = visible(By.cssSelector("#peer-table tr[data-peer='" + MME + "']"));
    assertThat(row.getText()).contains("R_OPEN", "s6a", "127.0.0.1");
  }

  private static void csvImport_reportsEveryLine() throws Exception {
    Path csv = Files.createTempFile("hss-console-import", ".csv");
    try {
      Files.writeString(
          csv,
          "imsi,msisdn,k,opc,amf\n"
              + "001010000000992,33699000992,"
              + S6aClient.K
              + ","
              + S6aClient.OPC
              + ",8000\n"
              + "001010000000993,,"
              + S6aClient.K
              + ","
              + S6aClient.OPC
              + ",8000\n"
              + "001010000000994,,short,"
              + S6aClient.OPC
              + ",8000\n");
      open("#/import");
      visible(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
      driver.findElement(By.id("import-start")).click();
      waitFor(
          "the import summary",
          () -> driver.findElement(By.id("import-summary")).getText().startsWith("Created"));
      assertThat(driver.findElement(By.id("import-summary")).getText())
          .isEqualTo("Created 2, replaced 0, failed 1.");
      // CSV line 4 (the header is line 1) is the bad one, its error naming K
      WebElement bad = visible(By.cssSelector("#import-results tr[data-line='4']"));
      assertThat(bad.getText()).contains("001010000000994", "400", "k");
      assertThat(driver.findElements(By.cssSelector("#import-results tbody tr"))).hasSize(3);
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /**
   * The audit log names what the flows above changed, newest first: the import, then the create.
   */
  private static void auditPage_listsTheCreateAndTheImport() {
    open("#/audit");
    waitFor(
        "the audit entries",
        () -> driver.findElement(By.id("audit-status")).getText().endsWith("entries"));
    List<String> rows =
        driver.findElements(By.cssSelector("main table tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows).anyMatch(r -> r.contains("import") && r.contains("\"created\":2"));
    assertThat(rows).anyMatch(r -> r.contains("create") && r.contains(IMSI));
    assertThat(String.join("\n", rows)).doesNotContainIgnoringCase(S6aClient.K);
  }

  /**
   * The policy must not break the page: a violation or an uncaught error is in the browser's log
   * (HTTP 4xx answers the flows provoke on purpose are logged too, and are not errors of the page).
   */
  private static void noPolicyViolationOrScriptError() {
    List<LogEntry> log = browser.browserLog();
    List<String> problems =
        log.stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .map(LogEntry::getMessage)
            .filter(
                m ->
                    m.contains("Content Security Policy")
                        || m.contains("Uncaught")
                        || m.contains("Error:"))
            .toList();
    assertThat(problems).isEmpty();
  }
}
