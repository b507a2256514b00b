package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * The read endpoints of the operator console over a whole HSS: GET /api/v1/stats counts the AIRs an
 * MME sent and the vectors issued, with a latency histogram and p50/p99; GET /api/v1/peers lists
 * the MME's connection with its state and applications.
 */
@Timeout(90)
class ConsoleReadEndpointsTest {
  private static final String IMSI = "001010000000881";
  private static final String MME = "mme-console.localdomain";
  private static E2eHss hss;
  private static TestPeer mme;
  private static S6aClient client;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mme = hss.connect(MME);
    mme.open();
    client = new S6aClient(mme);
    assertThat(hss.provision(IMSI, S6aClient.subscriber(IMSI, ""))).isEqualTo(201);
  }

  @AfterAll
  static void stop() throws Exception {
    mme.close();
    hss.close();
  }

  private static JsonObject get(String path) throws Exception {
    var reply = hss.send("GET", path, null);
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return new JsonObject(reply.body());
  }

  private static long airSuccesses(JsonObject stats) {
    long n = 0;
    for (Object o : stats.getJsonArray("answers")) {
      JsonObject a = (JsonObject) o;
      if (a.getString("application").equals("s6a")
          && a.getString("command").equals("AIR")
          && a.getString("resultClass").equals("success")) {
        n += a.getLong("count");
      }
    }
    return n;
  }

  @Test
  void stats_countTheAirsAndVectors_withAHistogramAndQuantiles() throws Exception {
    JsonObject before = get("/api/v1/stats");

    for (int i = 0; i < 3; i++) {
      assertThat(client.exchange(client.air(IMSI, 2, HOME_PLMN, null)).resultCode())
          .isEqualTo(2001);
    }

    JsonObject after = get("/api/v1/stats");
    assertThat(airSuccesses(after) - airSuccesses(before)).isEqualTo(3);
    assertThat(after.getLong("vectors") - before.getLong("vectors")).isEqualTo(6);
    assertThat(after.getLong("at")).isGreaterThanOrEqualTo(before.getLong("at"));
    assertThat(after.getJsonObject("peers").getLong("open")).isGreaterThanOrEqualTo(1);
    assertThat(after.getJsonObject("resyncs").fieldNames()).contains("accepted", "refused");
    JsonObject latency = after.getJsonObject("latency");
    assertThat(latency.getLong("count") - before.getJsonObject("latency").getLong("count"))
        .isGreaterThanOrEqualTo(3);
    JsonArray buckets = latency.getJsonArray("buckets");
    assertThat(buckets).hasSize(15);
    // cumulative: the last bucket (5 s) holds every answer faster than 5 s, and counts never fall
    long previous = 0;
    for (Object o : buckets) {
      long count = ((JsonObject) o).getLong("count");
      assertThat(count).isGreaterThanOrEqualTo(previous);
      previous = count;
    }
    assertThat(previous).isEqualTo(latency.getLong("count"));
    assertThat(latency.getDouble("p50Ms"))
        .isNotNull()
        .isLessThanOrEqualTo(latency.getDouble("p99Ms"));
  }

  @Test
  void peers_listTheMmeConnection_openWithS6a() throws Exception {
    JsonArray peers = get("/api/v1/peers").getJsonArray("peers");

    JsonObject ours =
        peers.stream()
            .map(JsonObject.class::cast)
            .filter(p -> MME.equals(p.getString("originHost")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + MME + " in " + peers.encode()));
    assertThat(ours.getString("state")).isEqualTo("R_OPEN");
    assertThat(ours.getJsonArray("applications").getList()).contains("s6a");
    assertThat(ours.getString("address")).contains("127.0.0.1");
    assertThat(ours.getString("connectedSince")).isNotBlank();
    assertThat(ours.getInteger("inFlight")).isZero();
    assertThat(ours.getBoolean("tls")).isFalse();
  }
}
