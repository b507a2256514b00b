package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reactivehss.store.TestDatabase.NEW_KEY;

import io.vertx.core.Vertx;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/** The documented rotation: new key + old one retired, re-seal, then the old key can go. */
@Timeout(value = 60, unit = SECONDS)
class KeyRotationTest {
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
  void afterResealingUnderTheNewKeyTheRetiredKeyIsNoLongerNeeded() throws Exception {
    StoreOptions oldKey = TestDatabase.get().newDatabase();
    Storage before = Storage.start(vertx, oldKey).await(30, SECONDS);
    for (int i = 0; i < 3; i++) {
      new SubscriberRepository(before)
          .put(TestSubscribers.withSqn(TestSubscribers.imsi(800 + i), 10L))
          .await(5, SECONDS);
    }
    before.close().await(10, SECONDS);

    Storage rotating =
        Storage.start(vertx, oldKey.withKey(NEW_KEY, 2, Map.of(1, TestDatabase.TEST_KEY)))
            .await(30, SECONDS);
    ResealResult resealed = rotating.resealKeys().await(10, SECONDS);
    ResealResult again = rotating.resealKeys().await(10, SECONDS);
    rotating.close().await(10, SECONDS);

    Storage after = Storage.start(vertx, oldKey.withKey(NEW_KEY, 2, Map.of())).await(30, SECONDS);
    try {
      SqnReservation reserved =
          after.directStore().reserve(TestSubscribers.imsi(801), 1).await(5, SECONDS);

      assertThat(resealed.resealed()).isEqualTo(3);
      assertThat(again.resealed()).isZero();
      assertThat(again.problems()).isEmpty();
      assertThat(HexFormat.of().formatHex(reserved.keys().k())).isEqualTo(TestSubscribers.K_HEX);
      assertThat(reserved.firstSqn()).isEqualTo(11);
    } finally {
      after.close().await(10, SECONDS);
    }
  }

  @Test
  void withoutTheRetiredKeyOldValuesFailAsUnavailable() throws Exception {
    StoreOptions oldKey = TestDatabase.get().newDatabase();
    Storage before = Storage.start(vertx, oldKey).await(30, SECONDS);
    new SubscriberRepository(before)
        .put(TestSubscribers.withSqn(TestSubscribers.imsi(810), 0L))
        .await(5, SECONDS);
    before.close().await(10, SECONDS);

    Storage after = Storage.start(vertx, oldKey.withKey(NEW_KEY, 2, Map.of())).await(30, SECONDS);
    try {
      assertThatThrownBy(
              () -> after.directStore().keys(TestSubscribers.imsi(810)).await(5, SECONDS))
          .isInstanceOfSatisfying(
              HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.KEYS_UNUSABLE));
    } finally {
      after.close().await(10, SECONDS);
    }
  }
}
