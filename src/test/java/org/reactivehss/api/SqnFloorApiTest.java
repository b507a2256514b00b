package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.slf4j.LoggerFactory;

/**
 * SQN_HE never goes down through the API (docs/sqn.md): PUT, PATCH and import lines with a lower
 * "sqn" are 409 naming the field and the stored value, with nothing written; only the audited
 * override lowers it, logged and counted.
 */
@Timeout(value = 60, unit = SECONDS)
class SqnFloorApiTest {
  private static final String BASE = "/api/v1/subscribers/";
  private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults(), HttpClient.newHttpClient(), new MicrometerHssMetrics(REGISTRY));
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static JsonObject subscriber(String imsi, long sqn, String msisdn) {
    return new JsonObject(ApiFixture.subscriber(imsi)).put("sqn", sqn).put("msisdn", msisdn);
  }

  private static JsonObject stored(String imsi) throws Exception {
    return api.send("GET", BASE + imsi, null).json();
  }

  private static void assertSqnConflict(ApiFixture.Reply reply, long current) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("sqn");
    assertThat(error.getString("reason")).contains("below the stored SQN_HE");
    assertThat(error.getLong("current")).isEqualTo(current);
    assertThat(error.getLong("currentSeq")).isEqualTo(current >>> 5);
    assertThat(error.getInteger("currentInd")).isEqualTo((int) (current & 31));
  }

  @Test
  void putWithALowerSqn_is409NamingTheStoredValue_andNothingOfItIsWritten() throws Exception {
    String imsi = "001010000000701";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());

    assertSqnConflict(api.send("PUT", BASE + imsi, subscriber(imsi, 999, "2222").encode()), 1000);

    assertThat(stored(imsi).getLong("sqn")).isEqualTo(1000);
    assertThat(stored(imsi).getString("msisdn")).isEqualTo("1111");
  }

  @Test
  void patchWithALowerSqn_is409_andNothingOfItIsWritten() throws Exception {
    String imsi = "001010000000702";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());

    assertSqnConflict(
        api.send(
            "PATCH", BASE + imsi, new JsonObject().put("sqn", 0).put("msisdn", "2222").encode()),
        1000);

    assertThat(stored(imsi).getLong("sqn")).isEqualTo(1000);
    assertThat(stored(imsi).getString("msisdn")).isEqualTo("1111");
  }

  @Test
  void equalOrHigherSqn_isWritten_andAPutWithoutSqnKeepsTheStoredOne() throws Exception {
    String imsi = "001010000000703";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());

    assertThat(api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "2222").encode()).status())
        .isEqualTo(200);
    assertThat(api.send("PATCH", BASE + imsi, "{\"sqn\": 5000}").status()).isEqualTo(200);
    assertThat(api.send("PUT", BASE + imsi, ApiFixture.subscriber(imsi)).status()).isEqualTo(200);

    assertThat(stored(imsi).getLong("sqn")).isEqualTo(5000);
  }

  @Test
  void importLineWithALowerSqn_is409ForThatLineAlone() throws Exception {
    String imsi = "001010000000704";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());
    String ndjson =
        subscriber("001010000000705", 64, "5555").encode()
            + "\n"
            + subscriber(imsi, 10, "2222").encode()
            + "\n";

    JsonObject report = api.send("POST", BASE + "import", ndjson).json();

    assertThat(report.getInteger("created")).isEqualTo(1);
    assertThat(report.getInteger("failed")).isEqualTo(1);
    JsonObject refused = report.getJsonArray("results").getJsonObject(1);
    assertThat(refused.getInteger("status")).isEqualTo(409);
    assertThat(refused.getJsonArray("errors").getJsonObject(0).getLong("current")).isEqualTo(1000);
    assertThat(stored(imsi).getLong("sqn")).isEqualTo(1000);
    assertThat(stored(imsi).getString("msisdn")).isEqualTo("1111");
  }

  @Test
  void theOverrideLowers_andEachLoweringIsLoggedAndCounted() throws Exception {
    String imsi = "001010000000706";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());
    Logger audit = (Logger) LoggerFactory.getLogger(SqnOverrideAudit.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    audit.addAppender(captured);
    try {
      assertThat(
              api.send(
                      "PUT",
                      BASE + imsi + "?sqn-override=lower",
                      subscriber(imsi, 100, "2222").encode())
                  .status())
          .isEqualTo(200);
      assertThat(api.send("PATCH", BASE + imsi + "?sqn-override=lower", "{\"sqn\": 50}").status())
          .isEqualTo(200);
      assertThat(
              api.send(
                      "POST",
                      BASE + "import?sqn-override=lower",
                      subscriber(imsi, 40, "3333").encode())
                  .json()
                  .getInteger("replaced"))
          .isEqualTo(1);
    } finally {
      audit.detachAppender(captured);
    }

    assertThat(stored(imsi).getLong("sqn")).isEqualTo(40);
    assertThat(captured.list).hasSize(3);
    assertThat(captured.list.get(0).getLevel().toString()).isEqualTo("WARN");
    assertThat(captured.list.get(0).getFormattedMessage())
        .contains("PUT", "127.0.0.1", imsi, "from 1000", "to 100")
        .doesNotContain("465b5ce8b199b49faa5f0a2ee238a6bc", "cd63cb71954a9f4e48a5994e37a02baf");
    assertThat(captured.list.get(2).getFormattedMessage()).contains("IMPORT", "from 50", "to 40");
    for (String request : new String[] {"put", "patch", "import"}) {
      assertThat(
              REGISTRY
                  .get("hss.provisioning.sqn.lowered")
                  .tag("request", request)
                  .counter()
                  .count())
          .as(request)
          .isEqualTo(1.0);
    }
  }

  @Test
  void anOverrideOtherThanLower_is400NamingTheParameter() throws Exception {
    String imsi = "001010000000707";
    api.send("PUT", BASE + imsi, subscriber(imsi, 1000, "1111").encode());

    ApiFixture.Reply reply =
        api.send("PUT", BASE + imsi + "?sqn-override=yes", subscriber(imsi, 1, "2").encode());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("sqn-override");
    assertThat(
            api.send("POST", BASE + "import?sqn-override=1", subscriber(imsi, 1, "2").encode())
                .status())
        .isEqualTo(400);
    assertThat(stored(imsi).getLong("sqn")).isEqualTo(1000);
  }
}
