package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.util.Set;
import java.util.function.Supplier;
import org.reactivehss.bus.Deadline;

/**
 * A statement whose connection went away under it (the server terminated the session: a
 * switchover's fast shutdown, {@code pg_terminate_backend}, a pooler or proxy cutting it) and the
 * one answer to that which is always safe: sending a <em>read</em> once more, on another connection
 * from the pool. A write is never sent again from here: whether its commit happened is unknown
 * (with synchronous replication the server even says "the transaction has already committed
 * locally"), and for an SQN reservation that must stay the caller's transient failure
 * (docs/sqn.md).
 */
final class LostConnection {
  /**
   * SQLSTATEs of a session ended by the server (PostgreSQL appendix A): admin_shutdown,
   * crash_shutdown, idle_session_timeout.
   */
  private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P05");

  private LostConnection() {}

  /**
   * True when {@code failure} means the connection, not the statement, failed: closed, reset (a
   * terminated session usually ends the statement this way, its FATAL message arriving on its own),
   * refused, or ended by the server with one of the SQLSTATEs above or class 08.
   */
  static boolean is(Throwable failure) {
    if (failure instanceof ClosedConnectionException || failure instanceof SocketException) {
      return true;
    }
    return failure instanceof PgException pg
        && pg.getSqlState() != null
        && (SESSION_ENDED.contains(pg.getSqlState()) || pg.getSqlState().startsWith("08"));
  }

  /**
   * Runs {@code read}; if its connection was lost and {@code deadline} has not passed, runs it once
   * more, one event-loop turn later: the failure reaches the statement before the pool has dropped
   * the dead connection, and sent at once the second try would be handed that same connection. Only
   * for statements that change nothing.
   */
  static <T> Future<T> readOnceMore(Supplier<Future<T>> read, Deadline deadline) {
    return read.get()
        .recover(
            failure -> {
              if (!is(failure) || deadline.passed()) {
                return Future.failedFuture(failure);
              }
              Context context = Vertx.currentContext();
              if (context == null) {
                return read.get();
              }
              Promise<T> again = Promise.promise();
              context.runOnContext(nextTurn -> read.get().onComplete(again));
              return again.future();
            });
  }
}
