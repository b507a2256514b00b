package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bus failures reach the auth side as StoreException codes, never raw. */
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

  private static StoreFailure failureOf(Throwable thrown) {
    assertThat(thrown).isInstanceOf(StoreException.class);
    return ((StoreException) thrown).failure();
  }

  @Test
  void noStorageVerticleDeployedIsUnavailable() {
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 1_000);

    assertThatThrownBy(() -> store.reserve("001010000000001", 1).await(5, SECONDS))
        .satisfies(thrown -> assertThat(failureOf(thrown)).isEqualTo(StoreFailure.UNAVAILABLE));
  }

  @Test
  void aStorageVerticleThatNeverRepliesIsTimeout() {
    vertx.eventBus().localConsumer(StoreRequests.RESERVE, message -> { });
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 200);

    assertThatThrownBy(() -> store.reserve("001010000000001", 1).await(5, SECONDS))
        .satisfies(thrown -> assertThat(failureOf(thrown)).isEqualTo(StoreFailure.TIMEOUT));
  }

  @Test
  void aCodedFailureKeepsItsCode() {
    vertx.eventBus().localConsumer(StoreRequests.KEYS,
        message -> message.fail(StoreFailure.UNKNOWN_SUBSCRIBER.ordinal(), "unknown subscriber"));
    SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 1_000);

    assertThatThrownBy(() -> store.keys("001010000000001").await(5, SECONDS))
        .satisfies(thrown -> assertThat(failureOf(thrown)).isEqualTo(StoreFailure.UNKNOWN_SUBSCRIBER));
  }
}
