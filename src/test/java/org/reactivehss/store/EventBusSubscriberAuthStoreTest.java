package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * Storage's failures reach the auth side as the same HssFailure; what the bus adds becomes one,
 * never raw.
 */
@Timeout(value = 30, unit = SECONDS)
class EventBusSubscriberAuthStoreTest {
  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  private static FailureKind failureOf(Throwable thrown) {
    assertThat(thrown).isInstanceOf(HssFailure.class);
    return ((HssFailure) thrown).kind();
  }

  @Test
  void noStorageVerticleDeployedIsUnavailable() {
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 1_000);

    assertThatThrownBy(() -> store.reserve("001010000000001", 1).await(5, SECONDS))
        .satisfies(
            thrown -> assertThat(failureOf(thrown)).isEqualTo(FailureKind.STORAGE_UNAVAILABLE));
  }

  @Test
  void aStorageVerticleThatNeverRepliesIsTimeout() {
    vertx.eventBus().localConsumer(StoreRequests.RESERVE, message -> {});
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 200);

    assertThatThrownBy(() -> store.reserve("001010000000001", 1).await(5, SECONDS))
        .satisfies(thrown -> assertThat(failureOf(thrown)).isEqualTo(FailureKind.TIMED_OUT));
  }

  @Test
  void aFailureOfTheStorageVerticle_arrivesAsTheSameInstance() {
    // GIVEN a storage consumer that replies with a failure value (over the bus, not a direct call)
    HssFailure sent =
        HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber 001010000000001");
    vertx.eventBus().localConsumer(StoreRequests.KEYS, message -> message.reply(sent));
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 1_000);

    // WHEN the auth side asks THEN it fails with that very failure: kind and detail unchanged
    assertThatThrownBy(() -> store.keys("001010000000001").await(5, SECONDS)).isSameAs(sent);
  }
}
