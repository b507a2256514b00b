package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/** {@link SubscriberAuthStore} straight on the pool: one statement, one round trip per call. */
final class PgSubscriberAuthStore implements SubscriberAuthStore {
  private final Pool pool;
  private final KeyCipher cipher;
  private final long timeoutMs;
  private final Buffer[] usableHeaders;

  PgSubscriberAuthStore(Pool pool, KeyCipher cipher, long timeoutMs) {
    this.pool = pool;
    this.cipher = cipher;
    this.timeoutMs = timeoutMs;
    this.usableHeaders = SqnSql.usableHeaders(cipher);
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    return run(
        deadline,
        SqnSql.KEYS,
        Tuple.tuple().addString(imsi).addArrayOfBuffer(usableHeaders),
        imsi,
        true,
        row -> SqnSql.keys(imsi, row, 0, cipher));
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    if (n < 1) {
      return Future.failedFuture(
          new IllegalArgumentException("reserve at least one SQN, got " + n));
    }
    return run(
        deadline,
        SqnSql.RESERVE,
        Tuple.tuple().addString(imsi).addLong((long) n).addArrayOfBuffer(usableHeaders),
        imsi,
        false,
        row -> reservation(imsi, row, n));
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    if (n < 1 || floor < 0 || floor > SqnSql.SQN_MASK) {
      return Future.failedFuture(
          new IllegalArgumentException("bad resync: floor out of 48 bits or n < 1"));
    }
    return run(
        deadline,
        SqnSql.RESYNC_AND_RESERVE,
        Tuple.tuple()
            .addString(imsi)
            .addLong(floor)
            .addLong((long) n)
            .addArrayOfBuffer(usableHeaders),
        imsi,
        false,
        row -> reservation(imsi, row, n));
  }

  private SqnReservation reservation(String imsi, Row row, int n) {
    SubscriberKeys keys = SqnSql.keys(imsi, row, 0, cipher);
    return new SqnReservation(keys, SqnSql.firstOf(keys.sqnHe(), n), n);
  }

  /**
   * One statement within the timeout. {@code read}: it changes nothing, so if its connection is
   * lost it is sent once more ({@link LostConnection}); a reservation never is, since its commit
   * may have happened.
   */
  private <T> Future<T> run(
      Deadline deadline,
      String sql,
      Tuple args,
      String imsi,
      boolean read,
      Function<Row, T> decode) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    Future<RowSet<Row>> query =
        read
            ? LostConnection.readOnceMore(() -> pool.preparedQuery(sql).execute(args), deadline)
            : pool.preparedQuery(sql).execute(args);
    return query
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber " + imsi);
              }
              return decode.apply(rows.iterator().next());
            });
  }
}
