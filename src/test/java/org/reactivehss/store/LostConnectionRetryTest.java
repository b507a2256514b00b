package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.testing.Await;

/**
 * A statement whose connection the server ends while it runs ({@code pg_terminate_backend}, as a
 * switchover's fast shutdown does to every session): a read is sent once more on another connection
 * and answers; an SQN reservation is not, since its commit outcome is unknown (docs/sqn.md).
 */
@Timeout(value = 60, unit = SECONDS)
class LostConnectionRetryTest {
  private static final String IMSI = "001010000000401";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private Vertx vertx;
  private Storage storage;
  private String database;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    // a statement timeout well above the waits below: the blocked statement must be ended by the
    // termination, not by statement_timeout
    StoreOptions options = TestDatabase.get().newDatabase().withPool(4, 15_000, false);
    database = options.database();
    storage = Storage.start(vertx, options).await(30, SECONDS);
    new SubscriberRepository(storage).put(TestSubscribers.withSqn(IMSI, 1_000L)).await(5, SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  @Test
  void aKeysReadWhoseConnectionIsTerminated_isAnsweredFromAnotherConnection() throws Exception {
    SubscriberAuthStore store = storage.directStore();

    Future<SubscriberKeys> keys =
        terminatedWhileBlocked(() -> store.keys(IMSI, Deadline.inMillis(15_000)));

    assertThat(keys.await(10, SECONDS).sqnHe()).isEqualTo(1_000L);
  }

  @Test
  void aProfileReadWhoseConnectionIsTerminated_isAnsweredFromAnotherConnection() throws Exception {
    S6aStore s6a = new PgS6aStore(storage);

    Future<S6aProfile> profile = terminatedWhileBlocked(() -> s6a.profile(IMSI));

    assertThat(profile.await(10, SECONDS).imsi()).isEqualTo(IMSI);
  }

  @Test
  void aReservationWhoseConnectionIsTerminated_failsAndIsNotSentAgain() throws Exception {
    SubscriberAuthStore store = storage.directStore();

    Future<SqnReservation> reserved =
        terminatedWhileBlocked(() -> store.reserve(IMSI, 1, Deadline.inMillis(15_000)));

    Await.until("the reservation failed", WAIT, reserved::isComplete);
    assertThat(reserved.failed()).isTrue();
    assertThat(reserved.cause())
        .isInstanceOfSatisfying(
            HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.STORAGE_UNAVAILABLE));
    // sent again, it would have reserved SQN 1,001 once the lock was released
    assertThat(storedSqn()).isEqualTo(1_000L);
  }

  /**
   * Starts {@code call} while another transaction holds the subscribers table, waits until its
   * statement waits on that lock, terminates that backend, then releases the lock.
   */
  private <T> Future<T> terminatedWhileBlocked(Supplier<Future<T>> call) throws Exception {
    try (Connection locker = TestDatabase.get().connect(database);
        Connection admin = TestDatabase.get().connect(database)) {
      locker.setAutoCommit(false);
      try (Statement s = locker.createStatement()) {
        s.execute("LOCK TABLE subscribers IN ACCESS EXCLUSIVE MODE");
      }
      Future<T> result = call.get();
      Await.until("the statement waits on the lock", WAIT, () -> blockedBackend(admin) > 0);
      try (Statement s = admin.createStatement()) {
        s.execute("SELECT pg_terminate_backend(" + blockedBackend(admin) + ")");
      }
      // time for the failure to arrive and for a second attempt, if one is sent, to queue on the
      // lock: it must not be ended by the termination, only meet the released lock
      Thread.sleep(300);
      locker.rollback();
      return result;
    }
  }

  /** The pid of the HSS backend waiting on the table lock, 0 when there is none. */
  private static int blockedBackend(Connection admin) throws SQLException {
    try (Statement s = admin.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'reactive-hss' "
                    + "AND wait_event_type = 'Lock' ORDER BY backend_start LIMIT 1")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  private long storedSqn() throws SQLException {
    try (Connection c = TestDatabase.get().connect(database);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT sqn FROM subscribers WHERE imsi = '" + IMSI + "'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
