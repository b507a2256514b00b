package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

@Timeout(value = 60, unit = SECONDS)
class StorageConnectionTest {

  @Test
  void aReservationBlockedByAnotherTransactionFailsWithTimeoutAndTheRowStaysUsable()
      throws Exception {
    Vertx vertx = Vertx.vertx();
    Storage storage =
        Storage.start(vertx, TestDatabase.get().newDatabase().withPool(4, 300, false))
            .await(30, SECONDS);
    try {
      new SubscriberRepository(storage)
          .put(TestSubscribers.withSqn("001010000001001", 0L))
          .await(5, SECONDS);
      SqlConnection holder = storage.pool().getConnection().await(5, SECONDS);
      Transaction tx = holder.begin().await(5, SECONDS);
      holder
          .query("SELECT sqn FROM subscribers WHERE imsi = '001010000001001' FOR UPDATE")
          .execute()
          .await(5, SECONDS);

      assertThatThrownBy(
              () -> storage.directStore().reserve("001010000001001", 1).await(5, SECONDS))
          .isInstanceOfSatisfying(
              HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMED_OUT));

      tx.rollback().await(5, SECONDS);
      holder.close().await(5, SECONDS);
      // the timed-out UPDATE may still commit once the lock is released: its SQN is then skipped,
      // never reused
      assertThat(storage.directStore().reserve("001010000001001", 1).await(5, SECONDS).firstSqn())
          .isBetween(1L, 2L);
    } finally {
      storage.close().await(10, SECONDS);
      vertx.close().await(10, SECONDS);
    }
  }

  @Test
  void anExternalUrlCarriesTlsAndTheStatementTimeout() {
    StoreOptions options =
        StoreOptions.defaults()
            .withUrl("postgresql://hss:pw@db.example.org:6543/hss?sslmode=require")
            .withPool(8, 1500, true);

    PgConnectOptions connect = Storage.connectOptions(options, null);

    assertThat(connect.getHost()).isEqualTo("db.example.org");
    assertThat(connect.getPort()).isEqualTo(6543);
    assertThat(connect.getUser()).isEqualTo("hss");
    assertThat(connect.getSslMode()).isEqualTo(SslMode.REQUIRE);
    assertThat(connect.getProperties()).containsEntry("statement_timeout", "1500");
    assertThat(connect.getCachePreparedStatements()).isTrue();
  }

  @Test
  void aJdbcSpelledUrlIsAccepted() {
    StoreOptions options =
        StoreOptions.defaults().withUrl("jdbc:postgresql://db.example.org:5433/hss?user=hss");

    PgConnectOptions connect = Storage.connectOptions(options, null);

    assertThat(connect.getHost()).isEqualTo("db.example.org");
    assertThat(connect.getPort()).isEqualTo(5433);
    assertThat(connect.getDatabase()).isEqualTo("hss");
  }
}
