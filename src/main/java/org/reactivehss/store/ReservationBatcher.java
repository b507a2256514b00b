package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;

/**
 * Collects reservations and sends them as one multi-row UPDATE (one round trip, one commit). A
 * batch leaves at the end of the event-loop turn its first request arrived in, but never sooner
 * than {@code intervalMicros} after the previous batch left, and at most {@code maxInFlight}
 * batches are in the database at once: under load requests gather into larger batches, and a
 * request that finds the loop idle waits for nothing. The statement and its commit cost PostgreSQL
 * several times more than one more row does (benchmarks/RESULTS.md: 1 ms between batches took 80 us
 * of database CPU per AIR down to 50 at 10,000 AIR/s). Requests for the same IMSI in a batch are
 * summed into one row update and the returned range is split between them in arrival order, so each
 * still gets its own SQNs. Keys and resync are rare and go straight through. Use from its context
 * only.
 */
final class ReservationBatcher implements SubscriberAuthStore {
  private static final int MAX_BATCH = 256;

  /**
   * PostgreSQL SQLSTATE deadlock_detected; RESERVE_MANY locks in IMSI order, so this is a last
   * resort.
   */
  private static final String DEADLOCK = "40P01";

  private record Pending(
      String imsi, int n, Promise<SqnReservation> promise, Deadline deadline, long queuedAt) {}

  private final Context context;
  private final Pool pool;
  private final KeyCipher cipher;
  private final Buffer[] usableHeaders;
  private final long timeoutMs;
  private final SubscriberAuthStore direct;
  private final int maxInFlight;
  private final HssMetrics metrics;
  private final long intervalNanos;
  private final QueueBudget budget;
  private List<Pending> queue = new ArrayList<>();
  private int inFlight;
  private boolean flushScheduled;
  private long lastSentAt;

  ReservationBatcher(
      Context context,
      Pool pool,
      KeyCipher cipher,
      long timeoutMs,
      int maxInFlight,
      long intervalMicros,
      QueueBudget budget,
      HssMetrics metrics) {
    this.context = context;
    this.budget = budget;
    this.metrics = metrics;
    this.intervalNanos = TimeUnit.MICROSECONDS.toNanos(intervalMicros);
    this.lastSentAt = System.nanoTime() - intervalNanos;
    this.maxInFlight = maxInFlight;
    this.pool = pool;
    this.cipher = cipher;
    this.usableHeaders = SqnSql.usableHeaders(cipher);
    this.timeoutMs = timeoutMs;
    this.direct = new PgSubscriberAuthStore(pool, cipher, timeoutMs);
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    return direct.keys(imsi, deadline);
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    return direct.resyncAndReserve(imsi, floor, n, deadline);
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    if (n < 1) {
      return Future.failedFuture(
          new IllegalArgumentException("reserve at least one SQN, got " + n));
    }
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    long now = System.nanoTime();
    if (!queue.isEmpty() && budget.exceededBy(now - queue.get(0).queuedAt())) {
      // the database is not keeping up: refused before anything is reserved (TurnBatch's javadoc)
      return Future.failedFuture(budget.refuse());
    }
    Promise<SqnReservation> promise = Promise.promise();
    // a caller no peer waits on may queue as long as a statement may run
    queue.add(
        new Pending(
            imsi, n, promise, deadline.isBounded() ? deadline : Deadline.inMillis(timeoutMs), now));
    scheduleFlush();
    return promise.future();
  }

  private void scheduleFlush() {
    if (flushScheduled || inFlight >= maxInFlight || queue.isEmpty()) {
      return;
    }
    flushScheduled = true;
    long wait = lastSentAt + intervalNanos - System.nanoTime();
    if (wait <= 0) {
      // requests of this event-loop turn join the batch; it leaves at the end of the turn
      context.runOnContext(
          turnEnded -> {
            flushScheduled = false;
            flush();
          });
    } else {
      // a Netty-scheduled timer on this context's event loop: sub-millisecond, unlike setTimer
      context
          .owner()
          .timer(wait, TimeUnit.NANOSECONDS)
          .onComplete(
              waited -> {
                flushScheduled = false;
                flush();
              });
    }
  }

  private void flush() {
    while (inFlight < maxInFlight && !queue.isEmpty()) {
      if (System.nanoTime() - lastSentAt < intervalNanos) {
        scheduleFlush();
        return;
      }
      List<Pending> batch = takeBatch();
      if (batch.isEmpty()) {
        return;
      }
      lastSentAt = System.nanoTime();
      inFlight++;
      metrics.reservationBatch(batch.size());
      for (Pending p : batch) {
        metrics.reservationWait(lastSentAt - p.queuedAt());
      }
      Future<Void> sent = batch.size() == 1 ? sendOne(batch.get(0)) : sendMany(batch);
      sent.onComplete(
          done -> {
            inFlight--;
            scheduleFlush();
          });
    }
  }

  /**
   * Up to MAX_BATCH queued requests; those whose deadline passed while they waited (a stalled
   * database holds every batch slot) fail without reserving: their answer has gone out, so they
   * must not reach the database.
   */
  private List<Pending> takeBatch() {
    List<Pending> batch = new ArrayList<>();
    int taken = 0;
    while (taken < queue.size() && batch.size() < MAX_BATCH) {
      Pending p = queue.get(taken++);
      if (p.deadline().passed()) {
        p.promise().fail(StoreErrors.deadlinePassed());
      } else {
        batch.add(p);
      }
    }
    queue = new ArrayList<>(queue.subList(taken, queue.size()));
    return batch;
  }

  private Future<Void> sendOne(Pending only) {
    return direct
        .reserve(only.imsi(), only.n(), only.deadline())
        .onComplete(only.promise())
        .transform(done -> Future.succeededFuture());
  }

  private Future<Void> sendMany(List<Pending> batch) {
    // sorted IMSIs make concurrent batches lock rows in one order (fewer deadlocks)
    Map<String, Long> totals = new TreeMap<>();
    for (Pending p : batch) {
      totals.merge(p.imsi(), (long) p.n(), Long::sum);
    }
    return send(totals, true)
        .transform(
            result -> {
              if (result.failed()) {
                HssFailure failure = StoreErrors.map(result.cause());
                batch.forEach(p -> p.promise().fail(failure));
              } else {
                distribute(batch, totals, result.result());
              }
              return Future.succeededFuture();
            });
  }

  private Future<RowSet<Row>> send(Map<String, Long> totals, boolean retryDeadlock) {
    Tuple args =
        Tuple.tuple()
            .addArrayOfString(totals.keySet().toArray(String[]::new))
            .addArrayOfLong(totals.values().toArray(Long[]::new))
            .addArrayOfBuffer(usableHeaders);
    return pool.preparedQuery(SqnSql.RESERVE_MANY)
        .execute(args)
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(
            failure ->
                retryDeadlock
                        && failure instanceof PgException pg
                        && DEADLOCK.equals(pg.getSqlState())
                    ? send(totals, false)
                    : Future.failedFuture(failure));
  }

  private void distribute(List<Pending> batch, Map<String, Long> totals, RowSet<Row> rows) {
    Map<String, SubscriberKeys> updated = new TreeMap<>();
    Map<String, Long> nextFirst = new TreeMap<>();
    for (Row row : rows) {
      String imsi = row.getString(0);
      try {
        SubscriberKeys keys = SqnSql.keys(imsi, row, 1, cipher);
        updated.put(imsi, keys);
        nextFirst.put(imsi, SqnSql.firstOf(keys.sqnHe(), totals.get(imsi)));
      } catch (HssFailure e) {
        batch.stream().filter(p -> p.imsi().equals(imsi)).forEach(p -> p.promise().fail(e));
      }
    }
    for (Pending p : batch) {
      SubscriberKeys keys = updated.get(p.imsi());
      if (keys == null) {
        p.promise()
            .tryFail(
                HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber " + p.imsi()));
        continue;
      }
      long first = nextFirst.get(p.imsi());
      nextFirst.put(p.imsi(), (first + p.n()) & SqnSql.SQN_MASK);
      p.promise().complete(new SqnReservation(keys, first, p.n()));
    }
  }
}
