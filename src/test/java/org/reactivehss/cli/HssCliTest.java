package org.reactivehss.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.E2eHss;

/** {@code import} and {@code subscriber show} against a running HSS with an API token. */
@Timeout(value = 120, unit = SECONDS)
class HssCliTest {
  private static final String TOKEN = "cli-test-token";
  private static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";
  private static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";
  private static E2eHss hss;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    hss =
        new E2eHss(
            List.of(),
            2_000,
            UnaryOperator.identity(),
            TestDatabase.get().newDatabase(),
            o -> o.withToken(TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  private record Run(int status, String out, String err) {}

  private Run runWith(String token, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env =
        token == null
            ? Map.of("HSS_URL", "http://127.0.0.1:" + hss.httpPort)
            : Map.of("HSS_URL", "http://127.0.0.1:" + hss.httpPort, "HSS_API_TOKEN", token);
    int status =
        HssCli.run(
            args,
            new CliContext(
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run run(String... args) {
    return runWith(TOKEN, args);
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private JsonObject show(String imsi) {
    Run shown = run("subscriber", "show", imsi);
    assertThat(shown.status()).as(shown.err()).isZero();
    return new JsonObject(shown.out());
  }

  @Test
  void ndjson_isImportedWhole_andEachSubscriberShownWithoutKeys() throws Exception {
    Path ndjson =
        file(
            "subs.ndjson",
            "{\"imsi\":\"001010000008001\",\"k\":\""
                + K
                + "\",\"opc\":\""
                + OPC
                + "\",\"msisdn\":\"15550008001\"}\n\n"
                + "{\"imsi\":\"001010000008002\",\"k\":\""
                + K
                + "\",\"opc\":\""
                + OPC
                + "\"}\n");

    Run imported = run("import", ndjson.toString());

    assertThat(imported.status()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2 (created 2, replaced 0), refused 0; NDJSON");
    JsonObject shown = show("001010000008001");
    assertThat(shown.getString("imsi")).isEqualTo("001010000008001");
    assertThat(shown.getString("msisdn")).isEqualTo("15550008001");
    assertThat(shown.fieldNames()).doesNotContain("k", "op", "opc");
    assertThat(run("subscriber", "show", "001010000008001").out()).doesNotContain(K, OPC);
  }

  @Test
  void csvWithAHeader_isImported_withTheAmfOfTheOption() throws Exception {
    Path csv =
        file(
            "subs.csv",
            "imsi,ki,opc,msisdn\n001010000008011,"
                + K
                + ","
                + OPC
                + ",15550008011\n\"001010000008012\","
                + K
                + ","
                + OPC
                + ",\n");

    Run imported = run("import", "--amf", "9001", csv.toString());

    assertThat(imported.status()).as(imported.out() + imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2").contains("CSV");
    assertThat(show("001010000008011").getString("amf")).isEqualTo("9001");
    assertThat(show("001010000008012").getString("msisdn")).isNull();
  }

  @Test
  void vendorFiles_withAHeaderAmongOtherColumns_orPositionalWithCommas_areImported()
      throws Exception {
    Path withHeader =
        file(
            "batch.out",
            "ICCID     IMSI             PIN1  KI                                OPC\n"
                + "8988211000000008021 001010000008021 1234 "
                + K
                + " "
                + OPC
                + "\n"
                + "8988211000000008022\t001010000008022\t1234\t"
                + K.toUpperCase()
                + "\t"
                + OPC
                + "\n");
    Path positional =
        file(
            "batch.txt",
            "001010000008023, " + K + ", " + OPC + "\n001010000008024;" + K + ";" + OPC);

    Run first = run("import", withHeader.toString());
    Run second = run("import", positional.toString());

    assertThat(first.status()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).contains("imported 2").contains("VENDOR");
    assertThat(second.status()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("imported 2");
    assertThat(show("001010000008022").getString("imsi")).isEqualTo("001010000008022");
    assertThat(show("001010000008024").getString("imsi")).isEqualTo("001010000008024");
  }

  @Test
  void badLines_areReportedWithTheirLineNumbersInTheFile_acrossChunks() throws Exception {
    Path vendor =
        file(
            "mixed.txt",
            "# lab batch 7\n"
                + "001010000008031 "
                + K
                + " "
                + OPC
                + "\n"
                + "001010000008032 "
                + K
                + "\n"
                + "001010000008033 "
                + K
                + " "
                + OPC
                + "\n"
                + "001010000008034 "
                + K
                + " "
                + OPC
                + "\n"
                + "001010000008035 0123 "
                + OPC
                + "\n");

    Run imported = run("import", "--chunk", "2", vendor.toString());

    assertThat(imported.status()).isEqualTo(1);
    assertThat(imported.out()).contains("imported 3 (created 3, replaced 0), refused 2");
    assertThat(imported.out()).contains("refused line 3: expected IMSI, Ki and OPc");
    assertThat(imported.out()).contains("refused line 6 (IMSI 001010000008035): k: ");
  }

  @Test
  void anUnknownImsi_exitsNonZero_sayingSo() {
    Run shown = run("subscriber", "show", "001010000008999");

    assertThat(shown.status()).isEqualTo(1);
    assertThat(shown.err()).contains("no subscriber with IMSI 001010000008999");
    assertThat(shown.out()).isEmpty();
  }

  @Test
  void aWrongToken_exits2_namingHssApiToken() {
    Run shown = runWith("guess", "subscriber", "show", "001010000008001");

    assertThat(shown.status()).isEqualTo(2);
    assertThat(shown.err()).contains("HSS_API_TOKEN");
  }

  @Test
  void noHssAtTheUrl_exits2_namingTheUrl() throws Exception {
    int port = E2eHss.freePort();
    Run shown = run("subscriber", "show", "--url", "http://127.0.0.1:" + port, "001010000008001");

    assertThat(shown.status()).isEqualTo(2);
    assertThat(shown.err()).contains("no HSS answers at http://127.0.0.1:" + port);
  }
}
