package org.reactivehss.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium driven headless through Debian's chromedriver: both named by path, so Selenium
 * Manager never looks for (or downloads) a browser or a driver. A fresh profile per run, removed on
 * {@link #close}. Absent programs skip the test, except when CI is set (then they fail it).
 */
final class ConsoleBrowser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

  final WebDriver driver;
  private final Path profile;

  /** Skips (or, under CI, fails) when chromium or chromedriver is not installed. */
  static void requireInstalled() {
    for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(program))) {
        String message =
            program + " is absent: install the Debian packages chromium and chromium-driver";
        if (System.getenv("CI") != null) {
          Assertions.fail(message + " (CI is set)");
        }
        Assumptions.abort(message);
      }
    }
  }

  ConsoleBrowser() throws IOException {
    profile = Files.createTempDirectory("hss-chromium");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    WebDriver started;
    try {
      started = new ChromeDriver(service, options);
    } catch (RuntimeException failed) {
      deleteProfile();
      throw failed;
    }
    driver = started;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  /** The page as it is now, under target/console-screenshots/{name}.png; best effort. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException | RuntimeException ignored) {
      // the failure being reported matters more than its picture
    }
  }

  /** The console messages so far (errors, CSP violations), where the driver keeps them. */
  List<LogEntry> browserLog() {
    try {
      return driver.manage().logs().get(LogType.BROWSER).getAll();
    } catch (RuntimeException unsupported) {
      return List.of();
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> paths = Files.walk(profile)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // a temporary directory; what is left goes with /tmp
    }
  }
}
