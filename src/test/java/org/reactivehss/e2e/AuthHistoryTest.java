package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;
import static org.reactivehss.e2e.S6aClient.hex;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * The story this HSS was built for, seen by an operator: a handset whose SQN ran ahead refuses a
 * vector, the MME resyncs, and GET /api/v1/subscribers/{imsi}/auth-events shows it, with the
 * interface, the MME and SQN_HE before and after as SEQ/IND; a forged AUTS shows as refused, SQN_HE
 * unchanged.
 */
@Timeout(90)
class AuthHistoryTest {
  private static final String IMSI = "001010000000971";
  private static final String MME = "mme-history.localdomain";
  private static E2eHss hss;
  private static TestPeer mme;
  private static S6aClient client;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    mme = hss.connect(MME);
    mme.open();
    client = new S6aClient(mme);
  }

  @AfterAll
  static void stop() throws Exception {
    mme.close();
    hss.close();
  }

  @Test
  void resyncAndForgedAuts_appearInTheHistory_newestFirst_withSeqAndInd() throws Exception {
    // GIVEN a USIM whose SQN ran 2^30 ahead of the HSS, and the vector it refuses
    assertThat(hss.provision(IMSI, S6aClient.subscriber(IMSI, ""))).isEqualTo(201);
    UsimModel usim = UsimModel.of("milenage", hex(S6aClient.K), null, hex(S6aClient.OPC));
    usim.acceptedEverySqnUpTo(Sqn.of(31 + (1L << 30)));
    Avp first =
        S6aClient.eutranVectors(client.exchange(client.air(IMSI, 1, HOME_PLMN, null))).get(0);
    long sqnHe = new UsimSqn(usim).of(first).value();
    byte[] auts =
        ((UsimModel.SyncFailure)
                usim.authenticate(
                    S6aAuthenticationTest.octets(first, S6aAvps.RAND),
                    S6aAuthenticationTest.octets(first, S6aAvps.AUTN)))
            .randAndAuts();
    byte[] forged = auts.clone();
    forged[29] ^= 0x01; // last octet of MAC-S

    // WHEN the MME first sends a forged AUTS, then the real one
    assertThat(client.exchange(client.air(IMSI, 1, HOME_PLMN, forged)).resultCode())
        .isEqualTo(4181);
    assertThat(client.exchange(client.air(IMSI, 3, HOME_PLMN, auts)).resultCode()).isEqualTo(2001);

    // THEN both are in the history (written off the request's latency: wait for them)
    Await.until("two auth events recorded", Duration.ofSeconds(10), () -> events().size() == 2);
    JsonArray events = events();
    JsonObject resync = events.getJsonObject(0);
    JsonObject refused = events.getJsonObject(1);
    assertThat(resync.getString("kind")).isEqualTo("resync");
    assertThat(resync.getString("interface")).isEqualTo("s6a");
    assertThat(resync.getString("peer")).isEqualTo(MME);
    assertThat(resync.getJsonObject("sqnBefore").getLong("sqn")).isEqualTo(sqnHe);
    // SQN_HE := SEQ_MS || 11111 = 2^30 + 31, then 3 vectors reserved: SEQ 2^25 + 1, IND 2
    assertThat(resync.getJsonObject("sqnAfter").getLong("sqn")).isEqualTo((1L << 30) + 34);
    assertThat(resync.getJsonObject("sqnAfter").getLong("seq")).isEqualTo((1L << 25) + 1);
    assertThat(resync.getJsonObject("sqnAfter").getInteger("ind")).isEqualTo(2);
    assertThat(refused.getString("kind")).isEqualTo("resync_refused");
    assertThat(refused.getJsonObject("sqnBefore")).isEqualTo(refused.getJsonObject("sqnAfter"));
    assertThat(refused.getJsonObject("sqnBefore").getLong("sqn")).isEqualTo(sqnHe);
    assertThat(events.encode())
        .doesNotContainIgnoringCase("rand")
        .doesNotContainIgnoringCase("auts");
  }

  @Test
  void unknownSubscriber_is404_andABadLimit_400NamingIt() throws Exception {
    assertThat(
            hss.send("GET", "/api/v1/subscribers/001010000000979/auth-events", null).statusCode())
        .isEqualTo(404);
    var bad = hss.send("GET", "/api/v1/subscribers/" + IMSI + "/auth-events?limit=0", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"limit\"");
  }

  private static JsonArray events() throws Exception {
    var reply = hss.send("GET", "/api/v1/subscribers/" + IMSI + "/auth-events", null);
    assertThat(reply.statusCode()).isEqualTo(200);
    return new JsonObject(reply.body()).getJsonArray("events");
  }
}
