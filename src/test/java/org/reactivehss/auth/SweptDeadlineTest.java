package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * The sweep fails exactly the calls whose deadline has passed, passes answers through unchanged, and
 * leaves no answered call behind. Sweeps are driven with explicit clock values; the periodic sweep of the
 * real timer is covered by AuthVerticleTest.silentStoreFailsWithStoreTimeout.
 */
class SweptDeadlineTest {
  private static final long MILLIS = 1_000_000; // the periodic sweep never fires during a test
  private final Vertx vertx = Vertx.vertx();

  @AfterEach
  void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private SweptDeadline deadline() throws Exception {
    return vertx.<SweptDeadline>executeBlocking(() -> new SweptDeadline(vertx, MILLIS)).await(10, TimeUnit.SECONDS);
  }

  @Test
  void anAnswerInTime_passesThrough_andLeavesTheQueueAtTheNextSweep() throws Exception {
    SweptDeadline deadline = deadline();
    Promise<String> store = Promise.promise();
    Future<String> bounded = deadline.bound(store.future());
    store.complete("keys");

    assertThat(bounded.await(1, TimeUnit.SECONDS)).isEqualTo("keys");
    assertThat(deadline.queued()).isEqualTo(1);
    deadline.sweep(System.nanoTime());
    assertThat(deadline.queued()).isZero();
    assertThat(bounded.result()).isEqualTo("keys");
  }

  @Test
  void aFailureInTime_passesThroughUnchanged() throws Exception {
    SweptDeadline deadline = deadline();
    Promise<String> store = Promise.promise();
    Future<String> bounded = deadline.bound(store.future());
    IllegalStateException down = new IllegalStateException("down");
    store.fail(down);

    assertThat(bounded.failed()).isTrue();
    assertThat(bounded.cause()).isSameAs(down);
  }

  @Test
  void aSilentCall_failsWithStoreTimeout_onlyOnceItsDeadlineHasPassed() throws Exception {
    SweptDeadline deadline = deadline();
    long start = System.nanoTime();
    Future<String> bounded = deadline.bound(Promise.<String>promise().future());

    deadline.sweep(start + TimeUnit.MILLISECONDS.toNanos(MILLIS) - TimeUnit.SECONDS.toNanos(1));
    assertThat(bounded.isComplete()).isFalse();
    deadline.sweep(start + TimeUnit.MILLISECONDS.toNanos(MILLIS) + TimeUnit.SECONDS.toNanos(1));
    assertThat(bounded.failed()).isTrue();
    assertThat(bounded.cause()).isInstanceOfSatisfying(HssFailure.class,
        e -> assertThat(e.kind()).isEqualTo(FailureKind.TIMED_OUT));
    assertThat(deadline.queued()).isZero();
  }

  @Test
  void aSweepStopsAtTheFirstCallStillInTime_andKeepsTheOnesBehindIt() throws Exception {
    SweptDeadline deadline = deadline();
    Future<String> silent = deadline.bound(Promise.<String>promise().future());
    Promise<String> later = Promise.promise();
    Future<String> answered = deadline.bound(later.future());
    later.complete("vectors");

    deadline.sweep(System.nanoTime());
    assertThat(silent.isComplete()).isFalse();
    assertThat(answered.result()).isEqualTo("vectors");
    assertThat(deadline.queued()).isEqualTo(2);
  }

  @Test
  void aCallAlreadyAnswered_isNotQueued() throws Exception {
    SweptDeadline deadline = deadline();
    Future<String> done = Future.succeededFuture("now");

    assertThat(deadline.bound(done)).isSameAs(done);
    assertThat(deadline.queued()).isZero();
  }

  @Test
  void theSweepPeriod_isATwentiethOfTheTimeout_andAtLeastTenMilliseconds() {
    assertThat(SweptDeadline.sweepPeriodMillis(2000)).isEqualTo(100);
    assertThat(SweptDeadline.sweepPeriodMillis(50)).isEqualTo(10);
  }
}
