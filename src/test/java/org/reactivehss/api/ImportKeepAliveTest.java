package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several bulk imports one after another on one kept-alive connection, as the command line's import
 * sends its chunks. Each line of the second import arrives well within the per-line deadline (1 s
 * here), but the import as a whole takes longer than that deadline: no deadline left over from the
 * first import may close the connection under the second.
 */
@Timeout(value = 60, unit = SECONDS)
class ImportKeepAliveTest {
  private static final int LINE_DEADLINE_MS = 1_000;

  /** A line of the slow import every this often: a third of the line deadline. */
  private static final int LINE_PAUSE_MS = LINE_DEADLINE_MS / 3;

  /** Lines of the slow import: it lasts 2.4 s, over twice the line deadline. */
  private static final int SLOW_LINES = 8;

  private static ApiFixture api;
  private static HttpClientAgent client;

  @BeforeAll
  static void start() throws Exception {
    // the idle and header deadlines far from the line deadline, so that only the latter is tested
    api =
        new ApiFixture(
            ApiOptions.defaults().withLimits(new HttpLimits(16, 10_000, 10_000, LINE_DEADLINE_MS)),
            HttpClient.newHttpClient());
    client =
        api.vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(1));
  }

  @AfterAll
  static void stop() throws Exception {
    client.close().await(10, SECONDS);
    api.close();
  }

  @Test
  void aSlowImportAfterAnotherOnTheSameConnection_isImportedWhole() throws Exception {
    Sent first = importLines("00108", 3, 0).await(30, SECONDS);
    Sent second = importLines("00109", SLOW_LINES, LINE_PAUSE_MS).await(30, SECONDS);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.report().getInteger("created")).isEqualTo(3);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.report().getInteger("created")).isEqualTo(SLOW_LINES);
    assertThat(second.connection()).isSameAs(first.connection());
  }

  /** What one import answered, and on which connection it was sent. */
  private record Sent(int status, JsonObject report, HttpConnection connection) {}

  /**
   * Streams {@code count} subscriber lines (IMSIs {@code prefix} + a counter) as one chunked
   * import, a line every {@code pauseMs}, on the event loop's timers.
   */
  private static Future<Sent> importLines(String prefix, int count, long pauseMs) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(ApiFixture.subscriber(prefix + String.format("%010d", i)) + "\n");
    }
    return client
        .request(HttpMethod.POST, api.port, "127.0.0.1", BulkImport.PATH)
        .compose(
            request -> {
              request.setChunked(true).putHeader("Content-Type", "application/x-ndjson");
              Promise<Sent> sent = Promise.promise();
              request
                  .response()
                  .compose(
                      response ->
                          response
                              .body()
                              .map(
                                  body ->
                                      new Sent(
                                          response.statusCode(),
                                          body.toJsonObject(),
                                          request.connection())))
                  .onComplete(sent);
              writeFrom(request, lines, 0, pauseMs);
              return sent.future();
            });
  }

  private static void writeFrom(
      HttpClientRequest request, List<String> lines, int next, long pauseMs) {
    if (next == lines.size()) {
      request.end();
      return;
    }
    request.write(Buffer.buffer(lines.get(next)));
    if (pauseMs == 0) {
      writeFrom(request, lines, next + 1, pauseMs);
    } else {
      api.vertx.setTimer(pauseMs, fired -> writeFrom(request, lines, next + 1, pauseMs));
    }
  }
}
