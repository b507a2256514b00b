package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

@Timeout(value = 60, unit = SECONDS)
class SqnReservationTest {
  private static final long TOP = (1L << 48) - 1;
  private static Vertx vertx;
  private static Storage storage;
  private static SubscriberRepository subscribers;
  private static SubscriberAuthStore store;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    subscribers = new SubscriberRepository(storage);
    store = storage.directStore();
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  @Test
  void reserveCoversTheNextNSqnsAndAdvancesSqnHeByN() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000101", 1000L)).await(5, SECONDS);

    SqnReservation first = store.reserve("001010000000101", 5).await(5, SECONDS);
    SqnReservation second = store.reserve("001010000000101", 1).await(5, SECONDS);

    assertThat(first.firstSqn()).isEqualTo(1001);
    assertThat(first.count()).isEqualTo(5);
    assertThat(first.keys().sqnHe()).isEqualTo(1005);
    assertThat(second.firstSqn()).isEqualTo(1006);
  }

  @Test
  void reserveReturnsTheProvisionedKeysDecrypted() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000102", 0L)).await(5, SECONDS);

    SubscriberKeys keys = store.reserve("001010000000102", 1).await(5, SECONDS).keys();

    assertThat(HexFormat.of().formatHex(keys.k())).isEqualTo(TestSubscribers.K_HEX);
    assertThat(HexFormat.of().formatHex(keys.opc())).isEqualTo(TestSubscribers.OPC_HEX);
    assertThat(keys.op()).isNull();
    assertThat(HexFormat.of().formatHex(keys.amf())).isEqualTo("8000");
    assertThat(keys.algorithm()).isEqualTo("milenage");
  }

  @Test
  void reserveWrapsModulo2To48() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000103", TOP - 1)).await(5, SECONDS);

    SqnReservation wrapped = store.reserve("001010000000103", 3).await(5, SECONDS);

    assertThat(wrapped.firstSqn()).isEqualTo(TOP);
    assertThat(wrapped.keys().sqnHe()).isEqualTo(1);
  }

  @Test
  void resyncMovesSqnHeForwardToTheFloorThenReserves() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000104", 100L)).await(5, SECONDS);

    SqnReservation resynced = store.resyncAndReserve("001010000000104", 5000, 2).await(5, SECONDS);

    assertThat(resynced.firstSqn()).isEqualTo(5001);
    assertThat(resynced.keys().sqnHe()).isEqualTo(5002);
  }

  @Test
  void resyncBelowSqnHeNeverMovesItBackwards() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000105", 9000L)).await(5, SECONDS);

    SqnReservation resynced = store.resyncAndReserve("001010000000105", 10, 1).await(5, SECONDS);

    assertThat(resynced.firstSqn()).isEqualTo(9001);
  }

  @Test
  void keysReadsWithoutMovingSqn() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000106", 77L)).await(5, SECONDS);

    store.keys("001010000000106").await(5, SECONDS);
    SubscriberKeys again = store.keys("001010000000106").await(5, SECONDS);

    assertThat(again.sqnHe()).isEqualTo(77);
  }

  @Test
  void unknownImsiFailsWithUnknownSubscriber() {
    assertThatThrownBy(() -> store.reserve("001019999999999", 1).await(5, SECONDS))
        .isInstanceOfSatisfying(
            HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNKNOWN_SUBSCRIBER));
    assertThatThrownBy(() -> store.keys("001019999999999").await(5, SECONDS))
        .isInstanceOfSatisfying(
            HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNKNOWN_SUBSCRIBER));
  }

  @Test
  void replacingASubscriberWithoutSqnKeepsSqnHe() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000107", 500L)).await(5, SECONDS);
    store.reserve("001010000000107", 10).await(5, SECONDS);

    SubscriberChanged.Change change =
        subscribers
            .put(TestSubscribers.withSqn("001010000000107", null))
            .await(5, SECONDS)
            .change();

    assertThat(change).isEqualTo(SubscriberChanged.Change.UPDATED);
    assertThat(store.keys("001010000000107").await(5, SECONDS).sqnHe()).isEqualTo(510);
  }
}
