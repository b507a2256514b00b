package org.reactivehss.auth;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * {@link StoreDeadline} for one auth verticle: the calls it bounds wait in one first-in first-out queue
 * that a periodic sweep of the verticle's event loop expires, instead of a Vert.x timer per call (a
 * timer, its scheduled task, a map entry and a cancellation for every AIR). Every call gets the same
 * timeout, so the queue is in deadline order and a sweep stops at the first call still in time.
 *
 * <p>A call fails with TIMED_OUT between {@code millis} and {@code millis} plus one sweep period
 * (a twentieth of {@code millis}, at least 10 ms) after it started. Answered calls leave the queue at the
 * next sweep; one slow call at the head keeps those behind it (answered or not) until it expires.
 * Queue and sweep belong to the thread of the verticle's event loop: {@link #bound} is called there
 * (from its bus consumer, or by a caller on the same loop, {@code LoopAffinity.call}).
 */
final class SweptDeadline implements StoreDeadline {
  private final ArrayDeque<Pending<?>> pending = new ArrayDeque<>();
  private final long millis;
  private final long timeoutNanos;

  /** Call from the verticle's context: the sweep timer belongs to it and ends with its undeployment. */
  SweptDeadline(Vertx vertx, long millis) {
    this.millis = millis;
    this.timeoutNanos = millis * 1_000_000;
    vertx.setPeriodic(sweepPeriodMillis(millis), id -> sweep(System.nanoTime()));
  }

  static long sweepPeriodMillis(long millis) {
    return Math.max(10, millis / 20);
  }

  @Override
  public <T> Future<T> bound(Future<T> call) {
    if (call.isComplete()) {
      return call;
    }
    Pending<T> p = new Pending<>(System.nanoTime() + timeoutNanos);
    pending.addLast(p);
    call.onComplete(p);
    return p.promise.future();
  }

  /** Expires the calls whose deadline has passed, and drops answered calls from the head. */
  void sweep(long nowNanos) {
    Pending<?> head;
    while ((head = pending.peekFirst()) != null) {
      if (!head.answered && nowNanos - head.deadlineNanos < 0) {
        return;
      }
      pending.pollFirst();
      head.promise.tryFail(HssFailure.of(FailureKind.TIMED_OUT,
          "storage did not answer within " + millis + " ms"));
    }
  }

  /** Calls still queued (answered ones until the next sweep): for tests. */
  int queued() {
    return pending.size();
  }

  private static final class Pending<T> implements Handler<AsyncResult<T>> {
    final long deadlineNanos;
    final Promise<T> promise = Promise.promise();
    /** Set after the answer completed the promise, possibly on another thread; the sweep only reads it. */
    volatile boolean answered;

    Pending(long deadlineNanos) {
      this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void handle(AsyncResult<T> result) {
      if (result.succeeded()) {
        promise.tryComplete(result.result());
      } else {
        promise.tryFail(result.cause());
      }
      answered = true;
    }
  }
}
