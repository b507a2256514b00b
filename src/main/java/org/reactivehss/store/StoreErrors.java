package org.reactivehss.store;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.util.concurrent.TimeoutException;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * The one border between the database client's failures and the HSS's: whatever the database path
 * failed with becomes an {@link HssFailure}, and nothing past this point sees a driver exception.
 */
final class StoreErrors {
  /** PostgreSQL SQLSTATE query_canceled: statement_timeout fired. */
  private static final String QUERY_CANCELED = "57014";

  private StoreErrors() {}

  static HssFailure map(Throwable failure) {
    if (failure instanceof HssFailure known) {
      return known;
    }
    if (failure instanceof IllegalArgumentException invalid) {
      // a caller asked for something storage cannot do (a count out of range, say): not the
      // database's fault
      return HssFailure.of(FailureKind.BAD_REQUEST, invalid.getMessage());
    }
    if (failure instanceof TimeoutException || isVertxTimeout(failure)) {
      return HssFailure.of(FailureKind.TIMED_OUT, "database did not answer in time");
    }
    if (failure instanceof PgException pg) {
      if (QUERY_CANCELED.equals(pg.getSqlState())) {
        return HssFailure.of(FailureKind.TIMED_OUT, "database statement timed out");
      }
      return HssFailure.of(
          FailureKind.STORAGE_UNAVAILABLE, "database refused: SQLSTATE " + pg.getSqlState());
    }
    // connection refused/closed, pool closed, TLS failures: the message names no data, only the
    // kind
    return HssFailure.of(
        FailureKind.STORAGE_UNAVAILABLE,
        "database unavailable: " + failure.getClass().getSimpleName());
  }

  /**
   * A call whose request's deadline passed before it reached the database: dropped, no work done.
   */
  static HssFailure deadlinePassed() {
    return HssFailure.of(FailureKind.TIMED_OUT, "deadline passed before the database was asked");
  }

  /**
   * A call refused before it queued: the queue in front of the database has waited longer than its
   * budget ({@link QueueBudget}). Transient, like a deadline that passed, and answered the same way
   * (3004 DIAMETER_TOO_BUSY; AIR 4181); the detail tells the two apart in logs.
   */
  static HssFailure overBudget() {
    return HssFailure.of(
        FailureKind.TIMED_OUT, "refused: the queue in front of the database is over its budget");
  }

  private static boolean isVertxTimeout(Throwable failure) {
    return failure instanceof VertxException
        && failure.getClass().getSimpleName().contains("Timeout");
  }
}
