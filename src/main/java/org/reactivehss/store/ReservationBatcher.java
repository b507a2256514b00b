package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
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

/**
 * Collects the reservations that arrive during one turn of its event loop and sends them as one
 * multi-row UPDATE (one round trip, one commit). Requests for the same IMSI in a batch are summed into
 * one row update and the returned range is split between them in arrival order, so each still gets
 * its own SQNs. Keys and resync are rare and go straight through. Use from its context only.
 */
final class ReservationBatcher implements SubscriberAuthStore {
  private static final int MAX_BATCH = 256;
  /** PostgreSQL SQLSTATE deadlock_detected: two batches locked shared rows in different orders. */
  private static final String DEADLOCK = "40P01";

  private record Pending(String imsi, int n, Promise<SqnReservation> promise) {
  }

  private final Context context;
  private final Pool pool;
  private final KeyCipher cipher;
  private final long timeoutMs;
  private final SubscriberAuthStore direct;
  private List<Pending> queue = new ArrayList<>();

  ReservationBatcher(Context context, Pool pool, KeyCipher cipher, long timeoutMs) {
    this.context = context;
    this.pool = pool;
    this.cipher = cipher;
    this.timeoutMs = timeoutMs;
    this.direct = new PgSubscriberAuthStore(pool, cipher, timeoutMs);
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi) {
    return direct.keys(imsi);
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(String imsi, long floor, int n) {
    return direct.resyncAndReserve(imsi, floor, n);
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n) {
    if (n < 1) {
      return Future.failedFuture(new IllegalArgumentException("reserve at least one SQN, got " + n));
    }
    Promise<SqnReservation> promise = Promise.promise();
    queue.add(new Pending(imsi, n, promise));
    if (queue.size() == 1) {
      context.runOnContext(turnEnded -> flush());
    } else if (queue.size() >= MAX_BATCH) {
      flush();
    }
    return promise.future();
  }

  private void flush() {
    List<Pending> batch = queue;
    if (batch.isEmpty()) {
      return;
    }
    queue = new ArrayList<>();
    if (batch.size() == 1) {
      Pending only = batch.get(0);
      direct.reserve(only.imsi(), only.n()).onComplete(only.promise());
      return;
    }
    // sorted IMSIs make concurrent batches lock rows in one order (fewer deadlocks)
    Map<String, Long> totals = new TreeMap<>();
    for (Pending p : batch) {
      totals.merge(p.imsi(), (long) p.n(), Long::sum);
    }
    send(totals, true).onComplete(result -> {
      if (result.failed()) {
        StoreException failure = StoreErrors.map(result.cause());
        batch.forEach(p -> p.promise().fail(failure));
      } else {
        distribute(batch, totals, result.result());
      }
    });
  }

  private Future<RowSet<Row>> send(Map<String, Long> totals, boolean retryDeadlock) {
    Tuple args = Tuple.tuple().addArrayOfString(totals.keySet().toArray(String[]::new))
        .addArrayOfLong(totals.values().toArray(Long[]::new));
    return pool.preparedQuery(SqnSql.RESERVE_MANY).execute(args)
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> retryDeadlock && failure instanceof PgException pg
            && DEADLOCK.equals(pg.getSqlState()) ? send(totals, false) : Future.failedFuture(failure));
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
      } catch (StoreException e) {
        batch.stream().filter(p -> p.imsi().equals(imsi)).forEach(p -> p.promise().fail(e));
      }
    }
    for (Pending p : batch) {
      SubscriberKeys keys = updated.get(p.imsi());
      if (keys == null) {
        p.promise().tryFail(new StoreException(StoreFailure.UNKNOWN_SUBSCRIBER, "unknown subscriber " + p.imsi()));
        continue;
      }
      long first = nextFirst.get(p.imsi());
      nextFirst.put(p.imsi(), (first + p.n()) & SqnSql.SQN_MASK);
      p.promise().complete(new SqnReservation(keys, first, p.n()));
    }
  }
}
