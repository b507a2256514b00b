package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reactivehss.store.TestDatabase.NEW_KEY;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;

/**
 * GIVEN a database sealed under one key, WHEN the HSS starts with a key set that cannot open some
 * rows (an id it does not hold, a key changed under an id, columns swapped in the database), THEN
 * those rows get no SQN reserved and readiness names the key id; rows of the previous format are
 * upgraded at start.
 */
@Timeout(value = 90, unit = SECONDS)
class KeyVerificationTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  @Test
  void
      subscriberUnderAKeyIdTheHssDoesNotHold_getsNoSqnReserved_singleOrBatched_andReadinessNamesTheId()
          throws Exception {
    StoreOptions keyOne = TestDatabase.get().newDatabase();
    String underOne = TestSubscribers.imsi(901);
    String underTwo = TestSubscribers.imsi(902);
    withStorage(keyOne, s -> put(s, underOne, 10L));

    withStorage(
        keyOne.withKey(NEW_KEY, 2, Map.of()),
        storage -> {
          put(storage, underTwo, 20L);

          assertUnavailable(() -> storage.directStore().reserve(underOne, 1).await(5, SECONDS));
          List<Object> batched = inOneBatch(storage, underOne, underTwo);

          assertThat(batched.get(0)).isInstanceOf(HssFailure.class);
          assertThat(((SqnReservation) batched.get(1)).firstSqn()).isEqualTo(21);
          assertThat(sqnOf(storage, underOne)).isEqualTo(10);
          assertThatThrownBy(() -> storage.keysVerified().await(5, SECONDS))
              .hasMessageContaining("key id 1, which is not configured");
        });
  }

  @Test
  void databaseWhoseKeyForAnIdWasChanged_getsNoSqnReserved_andReadinessNamesTheId()
      throws Exception {
    StoreOptions keyOne = TestDatabase.get().newDatabase();
    String imsi = TestSubscribers.imsi(911);
    withStorage(keyOne, s -> put(s, imsi, 10L));

    withStorage(
        keyOne.withKey(NEW_KEY, 1, Map.of()),
        storage -> {
          assertUnavailable(() -> storage.directStore().reserve(imsi, 1).await(5, SECONDS));
          assertUnavailable(
              () -> storage.directStore().resyncAndReserve(imsi, 1000, 1).await(5, SECONDS));

          assertThat(sqnOf(storage, imsi)).isEqualTo(10);
          assertThatThrownBy(() -> storage.keysVerified().await(5, SECONDS))
              .hasMessageContaining("key id 1:");
        });
  }

  @Test
  void keyChangedUnderAnIdOfADatabaseWithoutSubscribers_isCaughtByTheKeyCheckValue()
      throws Exception {
    StoreOptions keyOne = TestDatabase.get().newDatabase();
    withStorage(keyOne, s -> assertThat(s.keysVerified().succeeded()).isTrue());

    withStorage(
        keyOne.withKey(NEW_KEY, 1, Map.of()),
        storage ->
            assertThatThrownBy(() -> storage.keysVerified().await(5, SECONDS))
                .hasMessageContaining(
                    "key id 1: the configured key does not open this database's key-check value"));
  }

  @Test
  void kAndOpcSwappedBetweenTheColumnsOfOneRow_doNotOpen() throws Exception {
    StoreOptions options = TestDatabase.get().newDatabase();
    String imsi = TestSubscribers.imsi(921);
    withStorage(
        options,
        storage -> {
          put(storage, imsi, 10L);
          storage
              .pool()
              .preparedQuery("UPDATE subscribers SET k = opc, opc = k WHERE imsi = $1")
              .execute(Tuple.of(imsi))
              .await(5, SECONDS);

          assertUnavailable(() -> storage.directStore().reserve(imsi, 1).await(5, SECONDS));
          assertUnavailable(() -> storage.directStore().keys(imsi).await(5, SECONDS));
        });
  }

  @Test
  void rowsOfThePreviousFormat_areResealedAtStartBoundToTheirColumn_andStillOpen()
      throws Exception {
    StoreOptions options = TestDatabase.get().newDatabase();
    String imsi = TestSubscribers.imsi(931);
    HexFormat hex = HexFormat.of();
    withStorage(
        options,
        storage -> {
          put(storage, imsi, 10L);
          storage
              .pool()
              .preparedQuery("UPDATE subscribers SET k = $2, opc = $3 WHERE imsi = $1")
              .execute(
                  Tuple.of(
                      imsi,
                      Buffer.buffer(
                          PreviousFormat.seal(
                              TestDatabase.TEST_KEY, 1, imsi, hex.parseHex(TestSubscribers.K_HEX))),
                      Buffer.buffer(
                          PreviousFormat.seal(
                              TestDatabase.TEST_KEY,
                              1,
                              imsi,
                              hex.parseHex(TestSubscribers.OPC_HEX)))))
              .await(5, SECONDS);
        });

    withStorage(
        options,
        storage -> {
          SqnReservation reserved = storage.directStore().reserve(imsi, 1).await(5, SECONDS);

          assertThat(hex.formatHex(reserved.keys().k())).isEqualTo(TestSubscribers.K_HEX);
          assertThat(hex.formatHex(reserved.keys().opc())).isEqualTo(TestSubscribers.OPC_HEX);
          assertThat(
                  storage
                      .pool()
                      .preparedQuery(
                          "SELECT encode(substr(k, 1, 2) || substr(opc, 1, 2), 'hex') "
                              + "FROM subscribers WHERE imsi = $1")
                      .execute(Tuple.of(imsi))
                      .await(5, SECONDS)
                      .iterator()
                      .next()
                      .getString(0))
              .as("format 0, key id 1, in both columns")
              .isEqualTo("00010001");
          assertThat(storage.keysVerified().succeeded()).isTrue();
        });
  }

  @Test
  void upgradeStartedWithAWrongKey_recordsNoKeyCheck_soTheRightKeyIsAcceptedAtTheNextStart()
      throws Exception {
    StoreOptions options = TestDatabase.get().newDatabase();
    String imsi = TestSubscribers.imsi(941);
    withStorage(
        options,
        storage -> {
          put(storage, imsi, 10L);
          byte[] previousK =
              PreviousFormat.seal(
                  TestDatabase.TEST_KEY, 1, imsi, HexFormat.of().parseHex(TestSubscribers.K_HEX));
          storage
              .pool()
              .preparedQuery("UPDATE subscribers SET k = $2 WHERE imsi = $1")
              .execute(Tuple.of(imsi, Buffer.buffer(previousK)))
              .await(5, SECONDS);
          storage.pool().query("DELETE FROM key_checks").execute().await(5, SECONDS);
        });

    withStorage(
        options.withKey(NEW_KEY, 1, Map.of()),
        wrong ->
            assertThatThrownBy(() -> wrong.keysVerified().await(5, SECONDS))
                .hasMessageContaining("under key id 1"));
    withStorage(
        options,
        right -> {
          assertThat(right.keysVerified().succeeded()).isTrue();
          assertThat(right.directStore().reserve(imsi, 1).await(5, SECONDS).firstSqn())
              .isEqualTo(11);
        });
  }

  private interface StorageUse {
    void accept(Storage storage) throws Exception;
  }

  private static void withStorage(StoreOptions options, StorageUse use) throws Exception {
    Storage storage = Storage.start(vertx, options).await(30, SECONDS);
    try {
      use.accept(storage);
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  private static void put(Storage storage, String imsi, long sqn) throws Exception {
    new SubscriberRepository(storage).put(TestSubscribers.withSqn(imsi, sqn)).await(5, SECONDS);
  }

  private static long sqnOf(Storage storage, String imsi) throws Exception {
    return storage
        .pool()
        .preparedQuery("SELECT sqn FROM subscribers WHERE imsi = $1")
        .execute(Tuple.of(imsi))
        .await(5, SECONDS)
        .iterator()
        .next()
        .getLong(0);
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.KEYS_UNUSABLE));
  }

  /** Both reservations in one turn of one batcher, so they leave as one RESERVE_MANY statement. */
  private static List<Object> inOneBatch(Storage storage, String first, String second)
      throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<Object>> both = Promise.promise();
    context.runOnContext(
        go -> {
          ReservationBatcher batcher =
              new ReservationBatcher(
                  context,
                  storage.pool(),
                  storage.cipher(),
                  5_000,
                  1,
                  0,
                  QueueBudget.NONE,
                  HssMetrics.NONE);
          Future<Object> a =
              batcher.reserve(first, 1).map(r -> (Object) r).recover(Future::succeededFuture);
          Future<Object> b =
              batcher.reserve(second, 1).map(r -> (Object) r).recover(Future::succeededFuture);
          Future.all(a, b).map(done -> List.of(a.result(), b.result())).onComplete(both);
        });
    return both.future().await(10, SECONDS);
  }
}
