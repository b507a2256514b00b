package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.replica.ReplicaOptions;
import org.reactivehss.store.RelayedRequests;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * What docs/scale-out.md's failure table promises for requests handed between replicas, each on a
 * database of its own: a holder that dies with the request, a holder that never claims it, and a
 * holder whose LISTEN connection is cut. Every wait is bounded by the sender's own timer (request
 * timeout 2 s + relay margin 1 s here), so these assert outcomes and counts, never durations.
 */
@Timeout(120)
class CrossReplicaFaultsTest {
  private static final String INITIATED = "hss_diameter_hss_initiated_total";
  private static final String RELAYED = "hss_replica_relayed_total";

  private StoreOptions db;
  private E2eHss replica1;
  private E2eHss replica2;

  private void startReplicas() throws Exception {
    db = TestDatabase.get().newDatabase();
    replica1 = new E2eHss(2_000, db, c -> c.withReplica(options("replica-1")));
    replica2 = new E2eHss(2_000, db, c -> c.withReplica(options("replica-2")));
  }

  /** Heartbeat 300 ms (gone after 900 ms), margin 1 s: a relayed attempt ends within 3 s. */
  private static ReplicaOptions options(String id) {
    return new ReplicaOptions(id, true, 300, 1_000);
  }

  @AfterEach
  void stop() throws Exception {
    if (replica2 != null) {
      replica2.close();
    }
    if (replica1 != null) {
      replica1.close();
    }
  }

  @Test
  void holderKilledWithTheIdrInFlight_senderEndsTheAttemptByItsTimer_thenGivesUp_andLeavesNoRow()
      throws Exception {
    startReplicas();
    String imsi = "001010000000811";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica1, "mme-held.localdomain")) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      awaitHeld("mme-held.localdomain");
      Scrape before = replica2.scrape();

      assertThat(patchMsisdn(replica2, imsi, "4917811")).isEqualTo(200);
      DiameterMessage idr = mme.peer.receive();
      assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
      // the MME does not answer; replica 1 dies holding the request, writing nothing more
      replica1.kill();

      replica2.awaitMetric(before, 1, INITIATED, "command", "IDR", "outcome", "gave_up");
      Scrape after = replica2.scrape();
      assertThat(after.since(before, INITIATED, "command", "IDR", "outcome", "answered")).isZero();
      // attempt 1 waited for the dead holder; attempts 2 and 3 found it stale
      assertThat(after.since(before, RELAYED, "role", "sent", "outcome", "no_reply")).isEqualTo(1);
      assertThat(after.since(before, RELAYED, "role", "sent", "outcome", "no_holder")).isEqualTo(2);
    }
    assertThat(count("SELECT count(*) FROM relayed_requests")).isZero();
    awaitCount("the dead replica forgotten", "SELECT count(*) FROM replicas", 1);
  }

  @Test
  void holderGoneButNotYetStale_neverClaims_senderEndsByItsTimer_andTheHeartbeatForgetsIt()
      throws Exception {
    startReplicas();
    String imsi = "001010000000812";
    String host = "mme-ghost.localdomain";
    replica2.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica2, host)) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
    }
    Await.until(
        "replica 2 noticed " + host + " leave",
        Duration.ofSeconds(5),
        () -> !replica2.running.peers().isOpen(host));
    // a replica that announced the MME and died: its heartbeat is fresh for about 2.9 s more (now +
    // 2 s + the 900 ms of staleness), longer than the PATCH takes to start the IDR but shorter than
    // the first attempt's 3 s wait, so exactly one attempt is handed to it
    execute(
        "INSERT INTO replicas VALUES ('ghost', now() + interval '2 seconds');"
            + " INSERT INTO replica_peers VALUES ('"
            + host
            + "', 'ghost')");
    Scrape before = replica2.scrape();

    assertThat(patchMsisdn(replica2, imsi, "4917812")).isEqualTo(200);

    replica2.awaitMetric(before, 1, INITIATED, "command", "IDR", "outcome", "gave_up");
    Scrape after = replica2.scrape();
    assertThat(after.since(before, RELAYED, "role", "sent", "outcome", "no_reply")).isEqualTo(1);
    assertThat(after.since(before, RELAYED, "role", "sent", "outcome", "no_holder")).isEqualTo(2);
    assertThat(count("SELECT count(*) FROM relayed_requests")).isZero();
    awaitCount(
        "the ghost forgotten", "SELECT count(*) FROM replicas WHERE replica_id = 'ghost'", 0);
    assertThat(count("SELECT count(*) FROM replica_peers WHERE replica_id = 'ghost'")).isZero();
  }

  @Test
  void listenConnectionCut_replicaListensAgain_andServesARequestWhoseNoticeItMissed()
      throws Exception {
    startReplicas();
    String imsi = "001010000000813";
    String host = "mme-listen.localdomain";
    replica1.provision(imsi, S6aClient.subscriber(imsi, ""));
    try (S6aClient mme = mme(replica1, host)) {
      assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      awaitHeld(host);
      String listen =
          "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
              + " AND query ILIKE 'LISTEN%"
              + RelayedRequests.channelOf("replica-1")
              + "%'";
      int cut = count(listen);
      assertThat(cut).isPositive();
      execute("SELECT pg_terminate_backend(" + cut + ")");
      Await.until(
          "replica 1 listens again",
          Duration.ofSeconds(10),
          () -> {
            int pid = count(listen);
            return pid != 0 && pid != cut;
          });

      // a request stored for replica 1 whose notice it never heard (sent while it was away)
      UUID id = UUID.randomUUID();
      try (Connection c = TestDatabase.get().connect(db.database());
          PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO relayed_requests (id, sender, holder, peer_host, request, expires_at)"
                      + " VALUES (?, 'replica-gone', 'replica-1', ?, ?,"
                      + " now() + interval '30 seconds')")) {
        s.setObject(1, id);
        s.setString(2, host);
        s.setBytes(3, idr(imsi, host));
        s.executeUpdate();
      }
      DiameterMessage idr = mme.peer.receive();
      assertThat(idr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
      mme.answerSuccess(idr);
      String outcome = "SELECT count(*) FROM relayed_requests WHERE outcome = 'answered'";
      awaitCount("the holder wrote the answer back", outcome, 1);

      // and notices reach it again: an IDR relayed from replica 2 is answered
      Scrape before = replica2.scrape();
      Scrape servedBefore = replica1.scrape();
      assertThat(patchMsisdn(replica2, imsi, "4917813")).isEqualTo(200);
      DiameterMessage relayed = mme.peer.receive();
      assertThat(relayed.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
      mme.answerSuccess(relayed);
      replica2.awaitMetric(before, 1, INITIATED, "command", "IDR", "outcome", "answered");
      assertThat(replica2.scrape().since(before, RELAYED, "role", "sent", "outcome", "answered"))
          .isEqualTo(1);
      replica1.awaitMetric(servedBefore, 1, RELAYED, "role", "served", "outcome", "answered");
      assertThat(replica2.scrape().sum("hss_replica_known")).isEqualTo(2);
    }
  }

  /** A minimal IDR for {@code host}, as another replica would have stored it. */
  private static byte[] idr(String imsi, String host) {
    return MessageBuilder.request(S6aCommands.INSERT_SUBSCRIBER_DATA)
        .hopByHop(1)
        .endToEnd(0x5eed)
        .add(BaseAvps.SESSION_ID, "hss.localdomain;relay;1")
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_HOST, host)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi)
        .build();
  }

  /** The MME's holder announced, so that the other replica can find it. */
  private void awaitHeld(String host) throws Exception {
    awaitCount(
        host + " announced",
        "SELECT count(*) FROM replica_peers WHERE peer_key = '" + host + "'",
        1);
  }

  private void awaitCount(String what, String sql, int expected) throws Exception {
    Await.until(what, Duration.ofSeconds(10), () -> count(sql) == expected);
  }

  private int count(String sql) throws Exception {
    try (Connection c = TestDatabase.get().connect(db.database());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = TestDatabase.get().connect(db.database());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static S6aClient mme(E2eHss replica, String host) throws Exception {
    return new S6aClient(replica.connect(host)).opened();
  }

  private static int patchMsisdn(E2eHss via, String imsi, String msisdn) throws Exception {
    return via.send("PATCH", "/api/v1/subscribers/" + imsi, "{\"msisdn\":\"" + msisdn + "\"}")
        .statusCode();
  }
}
