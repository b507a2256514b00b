package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * One deadline per request (docs/architecture.md "Deadline"): when storage stalls, the MME gets
 * exactly one answer, when the request's deadline passes, and nothing of that request is done in
 * the database afterwards. The stall is real: another transaction holds the subscriber's row lock,
 * so the reservation's UPDATE waits in PostgreSQL.
 */
@Timeout(120)
class StorageStallTest {
  private static final String IMSI = "001010000000951";
  private static final int REQUEST_TIMEOUT_MS = 600;

  @Test
  void storageStall_getsExactlyOneAnswerAtTheDeadline_andNoDatabaseWorkAfterIt() throws Exception {
    // GIVEN an HSS whose requests have 600 ms and whose statements may run as long (the documented
    // pairing: db.statement-timeout-ms no longer than diameter.request-timeout-ms)
    StoreOptions db = TestDatabase.get().newDatabase();
    db = db.withPool(db.poolSize(), REQUEST_TIMEOUT_MS, db.batchReservations());
    try (E2eHss hss = new E2eHss(List.of(), REQUEST_TIMEOUT_MS, o -> o, db);
        TestPeer peer = hss.connect("stalled-mme.localdomain")) {
      assertThat(hss.provision(IMSI, S6aClient.subscriber(IMSI, ""))).isEqualTo(201);
      long sqnBefore = sqnHe(hss);
      S6aClient mme = new S6aClient(peer).opened();
      // and another transaction holding the subscriber's row: the reservation will wait for it
      SqlConnection locker =
          hss.running.storage().pool().getConnection().await(5, TimeUnit.SECONDS);
      Transaction stall = locker.begin().await(5, TimeUnit.SECONDS);
      locker
          .query("SELECT imsi FROM subscribers WHERE imsi = '" + IMSI + "' FOR UPDATE")
          .execute()
          .await(5, TimeUnit.SECONDS);

      // WHEN an AIR arrives
      byte[] air = mme.air(IMSI, 1, S6aClient.HOME_PLMN, null);
      peer.send(air);

      // THEN its one answer comes at the deadline and is transient, so the MME may try another HSS:
      // the dispatcher's 3004 (E bit, RFC 6733 §7.1.3), or, when the statement timeout (equal to
      // the
      // request timeout here) fires a moment earlier, the AIR's own 4181 (TS 29.272 §7.4.4.1)
      DiameterMessage answer = peer.receive();
      assertThat(answer.hopByHopId()).isEqualTo(DiameterMessage.parse(air).message().hopByHopId());
      assertThat(answer.resultCode()).isIn(3004L, 4181L);
      assertThat(answer.isError()).isEqualTo(answer.resultCode() == 3004);

      // and once PostgreSQL has ended the waiting UPDATE (statement_timeout, about the deadline)
      // and the
      // stall is over, no second answer comes and SQN_HE never moved: nothing was reserved for it
      Await.until(
          "the stalled reservation ended in the database",
          Duration.ofSeconds(10),
          () -> waitingOnLocks(locker) == 0);
      stall.rollback().await(5, TimeUnit.SECONDS);
      locker.close().await(5, TimeUnit.SECONDS);
      peer.send(peer.dwr());
      assertThat(peer.receive().commandCode())
          .as("the next message is the DWA, not a late AIA")
          .isEqualTo(BaseCommands.DEVICE_WATCHDOG.code());
      assertThat(sqnHe(hss)).isEqualTo(sqnBefore);

      // and the HSS serves the subscriber again at once
      DiameterMessage aia = mme.exchange(mme.air(IMSI, 1, S6aClient.HOME_PLMN, null));
      assertThat(aia.resultCode()).isEqualTo(2001);
      assertThat(aia.first(S6aAvps.AUTHENTICATION_INFO)).isNotNull();
    }
  }

  /** Statements of this database waiting for a lock: the HSS's reservation, while it is stalled. */
  private static long waitingOnLocks(SqlConnection any) throws Exception {
    return any.query(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'")
        .execute()
        .await(5, TimeUnit.SECONDS)
        .iterator()
        .next()
        .getLong(0);
  }

  private static long sqnHe(E2eHss hss) throws Exception {
    return hss.running.storage().directStore().keys(IMSI).await(5, TimeUnit.SECONDS).sqnHe();
  }
}
