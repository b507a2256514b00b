package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The import read as a stream: line endings, a last line without one, a file far larger than the
 * per-line limit, and a line over the limit (413 after the lines before it are written).
 * SubscriberApiTest covers the per-line report and batch failures.
 */
@Timeout(value = 60, unit = SECONDS)
class BulkImportStreamTest {
  private static final String BASE = "/api/v1/subscribers/";

  /** Per-line limit of this fixture: a subscriber line is ~150 bytes. */
  private static final int MAX_LINE = 1024;

  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    ApiOptions options = new ApiOptions("127.0.0.1", 0, null, MAX_LINE);
    api = new ApiFixture(options, HttpClient.newHttpClient());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  @Test
  void crlfLineEndingsAndALastLineWithoutNewlineAreImported() throws Exception {
    String ndjson =
        ApiFixture.subscriber("001060000000001")
            + "\r\n"
            + "\r\n"
            + ApiFixture.subscriber("001060000000002");

    JsonObject report = api.send("POST", "/api/v1/subscribers/import", ndjson).json();

    assertThat(report.getInteger("created")).isEqualTo(2);
    assertThat(report.getJsonArray("results").getJsonObject(1).getInteger("line")).isEqualTo(3);
    assertThat(api.send("GET", BASE + "001060000000002", null).status()).isEqualTo(200);
  }

  @Test
  void aFileManyTimesTheLineLimitIsImportedInOrder() throws Exception {
    StringBuilder ndjson = new StringBuilder();
    int lines = 1_050;
    for (int i = 0; i < lines; i++) {
      ndjson.append(ApiFixture.subscriber(String.format("00107%010d", i))).append('\n');
    }
    assertThat(ndjson.length()).isGreaterThan(100 * MAX_LINE);

    ApiFixture.Reply reply = api.send("POST", "/api/v1/subscribers/import", ndjson.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.getInteger("created")).isEqualTo(lines);
    assertThat(report.getJsonArray("results")).hasSize(lines);
    for (int i = 0; i < lines; i++) {
      assertThat(report.getJsonArray("results").getJsonObject(i).getInteger("line"))
          .isEqualTo(i + 1);
    }
    assertThat(api.send("GET", BASE + String.format("00107%010d", lines - 1), null).status())
        .isEqualTo(200);
  }

  @Test
  void tenThousandBadLines_getAReportUnderItsBound_echoingNoneOfTheirText() throws Exception {
    int lines = 10 * ImportReport.MAX_DETAILED_FAILURES;
    String junk = "7".repeat(MAX_LINE - 32);
    String line = new JsonObject().put("imsi", junk).encode() + "\n";
    String ndjson = line.repeat(lines);

    ApiFixture.Reply reply = api.send("POST", "/api/v1/subscribers/import", ndjson);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().length())
        .isLessThanOrEqualTo(ImportReport.MAX_BYTES)
        .isLessThan(ndjson.length() / 5);
    assertThat(reply.body()).doesNotContain(junk);
    JsonObject report = reply.json();
    assertThat(report.getInteger("failed")).isEqualTo(lines);
    assertThat(report.getJsonArray("results")).hasSize(ImportReport.MAX_DETAILED_FAILURES);
    assertThat(report.getInteger("omittedResults"))
        .isEqualTo(lines - ImportReport.MAX_DETAILED_FAILURES);
  }

  @Test
  void aLineOverTheLimitIs413NamingIt_afterTheLinesBeforeItAreWritten() throws Exception {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 1; i <= 149; i++) {
      ndjson.append(ApiFixture.subscriber(String.format("00108%010d", i))).append('\n');
    }
    String tooLong =
        new JsonObject(ApiFixture.subscriber("001080000000150"))
            .put("padding", "x".repeat(MAX_LINE))
            .encode();
    ndjson
        .append(tooLong)
        .append('\n')
        .append(ApiFixture.subscriber("001080000000151"))
        .append('\n');

    ApiFixture.Reply reply = api.send("POST", "/api/v1/subscribers/import", ndjson.toString());

    assertThat(reply.status()).isEqualTo(413);
    JsonObject report = reply.json();
    assertThat(report.getInteger("created")).isEqualTo(149);
    assertThat(report.getJsonArray("results")).hasSize(149);
    assertThat(report.getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("line 150");
    assertThat(api.send("GET", BASE + "001080000000149", null).status()).isEqualTo(200);
    assertThat(api.send("GET", BASE + "001080000000150", null).status()).isEqualTo(404);
    assertThat(api.send("GET", BASE + "001080000000151", null).status()).isEqualTo(404);
  }
}
