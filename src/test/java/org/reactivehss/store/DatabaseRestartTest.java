package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.testing.Await;

/**
 * The database goes away under load and comes back: every request is answered, then service
 * resumes.
 */
@Timeout(value = 120, unit = SECONDS)
class DatabaseRestartTest {
  private static final String IMSI = "001010000000301";
  private static final int IN_FLIGHT = 16;

  /** Bounds a failing wait only; a passing one goes on as soon as its condition holds. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger succeededAfterRestart = new AtomicInteger();
  private final AtomicBoolean restarted = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final ConcurrentLinkedQueue<Long> sqns = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

  @Test
  void everyRequestIsAnsweredWhileTheDatabaseRestartsAndServiceResumes() throws Exception {
    Vertx vertx = Vertx.vertx();
    StoreOptions options = TestDatabase.get().newDatabase().withPool(4, 1_000, true);
    Storage storage = Storage.start(vertx, options).await(30, SECONDS);
    try {
      new SubscriberRepository(storage).put(TestSubscribers.withSqn(IMSI, 0L)).await(5, SECONDS);
      vertx
          .deployVerticle(
              () -> new StorageVerticle(storage), new DeploymentOptions().setInstances(2))
          .await(10, SECONDS);
      SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 3_000);
      vertx.runOnContext(
          go -> {
            for (int i = 0; i < IN_FLIGHT; i++) {
              loop(store);
            }
          });
      Await.until("500 SQNs reserved before the restart", WAIT, () -> sqns.size() >= 500);

      TestDatabase.get().stop();
      Await.until(
          "a reservation failed while the database is down", WAIT, () -> !failures.isEmpty());
      assertThatThrownBy(() -> storage.ping().await(5, SECONDS)).isInstanceOf(HssFailure.class);
      TestDatabase.get().start();
      restarted.set(true);
      Await.until(
          "500 SQNs reserved after the restart", WAIT, () -> succeededAfterRestart.get() >= 500);
      running.set(false);
      Await.until(
          "every reservation started was answered", WAIT, () -> completed.get() == started.get());
      storage.ping().await(5, SECONDS);
    } finally {
      running.set(false);
      storage.close().await(10, SECONDS);
      vertx.close().await(10, SECONDS);
    }

    assertThat(completed.get()).isEqualTo(started.get());
    assertThat(failures)
        .isNotEmpty()
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOfSatisfying(
                        HssFailure.class,
                        e ->
                            assertThat(e.kind())
                                .isIn(FailureKind.TIMED_OUT, FailureKind.STORAGE_UNAVAILABLE)));
    assertThat(succeededAfterRestart.get()).isGreaterThanOrEqualTo(500);
    List<Long> all = List.copyOf(sqns);
    assertThat(new HashSet<>(all)).hasSameSizeAs(all);
  }

  private void loop(SubscriberAuthStore store) {
    if (!running.get()) {
      return;
    }
    started.incrementAndGet();
    store
        .reserve(IMSI, 1)
        .onComplete(
            done -> {
              if (done.succeeded()) {
                sqns.add(done.result().firstSqn());
                if (restarted.get()) {
                  succeededAfterRestart.incrementAndGet();
                }
              } else {
                failures.add(done.cause());
              }
              completed.incrementAndGet();
              loop(store);
            });
  }
}
