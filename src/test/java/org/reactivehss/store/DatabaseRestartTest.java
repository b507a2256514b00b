package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/** The database goes away under load and comes back: every request is answered, then service resumes. */
@Timeout(value = 120, unit = SECONDS)
class DatabaseRestartTest {
  private static final String IMSI = "001010000000301";
  private static final int IN_FLIGHT = 16;

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
      vertx.deployVerticle(() -> new StorageVerticle(storage), new DeploymentOptions().setInstances(2))
          .await(10, SECONDS);
      SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 3_000);
      vertx.runOnContext(go -> {
        for (int i = 0; i < IN_FLIGHT; i++) {
          loop(store);
        }
      });
      awaitCount(sqns::size, 500);

      TestDatabase.get().stop();
      awaitCount(failures::size, 1);
      assertThatThrownBy(() -> storage.ping().await(5, SECONDS)).isInstanceOf(HssFailure.class);
      TestDatabase.get().start();
      restarted.set(true);
      awaitCount(succeededAfterRestart::get, 500);
      running.set(false);
      awaitCount(() -> completed.get() == started.get() ? 1 : 0, 1);
      storage.ping().await(5, SECONDS);
    } finally {
      running.set(false);
      storage.close().await(10, SECONDS);
      vertx.close().await(10, SECONDS);
    }

    assertThat(completed.get()).isEqualTo(started.get());
    assertThat(failures).isNotEmpty().allSatisfy(failure -> assertThat(failure)
        .isInstanceOfSatisfying(HssFailure.class, e -> assertThat(e.kind())
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
    store.reserve(IMSI, 1).onComplete(done -> {
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

  private static void awaitCount(IntSupplier count, int atLeast) throws InterruptedException {
    long deadline = System.nanoTime() + SECONDS.toNanos(60);
    while (count.getAsInt() < atLeast && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
