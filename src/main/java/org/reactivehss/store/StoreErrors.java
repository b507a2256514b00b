package org.reactivehss.store;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.util.concurrent.TimeoutException;

/** Maps whatever the database path failed with onto the closed set of {@link StoreFailure} codes. */
final class StoreErrors {
  /** PostgreSQL SQLSTATE query_canceled: statement_timeout fired. */
  private static final String QUERY_CANCELED = "57014";

  private StoreErrors() {
  }

  static StoreException map(Throwable failure) {
    if (failure instanceof StoreException known) {
      return known;
    }
    if (failure instanceof TimeoutException || isVertxTimeout(failure)) {
      return new StoreException(StoreFailure.TIMEOUT, "database did not answer in time");
    }
    if (failure instanceof PgException pg) {
      if (QUERY_CANCELED.equals(pg.getSqlState())) {
        return new StoreException(StoreFailure.TIMEOUT, "database statement timed out");
      }
      return new StoreException(StoreFailure.UNAVAILABLE, "database refused: SQLSTATE " + pg.getSqlState());
    }
    // connection refused/closed, pool closed, TLS failures: the message names no data, only the kind
    return new StoreException(StoreFailure.UNAVAILABLE, "database unavailable: "
        + failure.getClass().getSimpleName());
  }

  private static boolean isVertxTimeout(Throwable failure) {
    return failure instanceof VertxException && failure.getClass().getSimpleName().contains("Timeout");
  }
}
