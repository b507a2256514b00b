package org.reactivehss.api;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import org.reactivehss.net.ConnectionBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server's defence against clients that hold connections without finishing requests
 * (slowloris). An idle timeout alone is not enough: one byte every few seconds keeps a connection
 * busy forever. So, besides {@code http.idle-timeout-ms} (set on the server), each connection has a
 * deadline for what it owes next:
 *
 * <ul>
 *   <li>a new connection: its first request's headers, within {@code request-header-timeout-ms};
 *   <li>a kept-alive connection after an answer: the next request's headers, within {@code
 *       idle-timeout-ms};
 *   <li>a request with a body: the whole body, within {@code request-body-timeout-ms} of its
 *       headers (the bulk import bounds each line instead, {@link BulkImport}).
 * </ul>
 *
 * A missed deadline closes the connection. Connections beyond {@code http.max-connections} are
 * closed as they arrive. One instance per server verticle, on its event loop: the map needs no
 * lock.
 */
final class ConnectionDeadlines {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionDeadlines.class);

  private final Vertx vertx;
  private final HttpLimits limits;
  private final ConnectionBudget budget;
  private final Map<HttpConnection, Watch> watched = new HashMap<>();
  private boolean overBudgetLogged;

  ConnectionDeadlines(Vertx vertx, HttpLimits limits, ConnectionBudget budget) {
    this.vertx = vertx;
    this.limits = limits;
    this.budget = budget;
  }

  void onConnection(HttpConnection connection) {
    if (!budget.tryAcquire()) {
      if (!overBudgetLogged) { // once per server: a flood must not become a flood of log lines
        overBudgetLogged = true;
        LOG.warn(
            "HTTP connection refused: {} open, the limit ({}); further refusals are not logged",
            budget.max(),
            budget.name());
      }
      connection.close();
      return;
    }
    Watch watch = new Watch(connection);
    watched.put(connection, watch);
    connection.closeHandler(
        closed -> {
          watched.remove(connection);
          watch.closed = true;
          watch.cancel();
          budget.release();
        });
    watch.arm(limits.headerTimeoutMs());
  }

  /**
   * The router's first handler: headers are in, so their deadline is met; a body now has its own,
   * unless the route bounds it itself (the import). Once answered, the connection owes the next
   * request.
   */
  void onRequest(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    Watch watch = watched.get(request.connection());
    if (watch != null) {
      watch.cancel();
      if (!request.isEnded() && CrossSiteGuard.hasBody(request) && !BulkImport.isImport(ctx)) {
        watch.timer =
            vertx.setTimer(
                limits.bodyTimeoutMs(),
                fired -> {
                  watch.timer = -1;
                  if (!request.isEnded()) {
                    watch.connection.close();
                  }
                });
      }
      ctx.addEndHandler(
          answered -> {
            watch.cancel();
            watch.arm(limits.idleTimeoutMs());
          });
    }
    ctx.next();
  }

  private final class Watch {
    final HttpConnection connection;
    long timer = -1;
    boolean closed;

    Watch(HttpConnection connection) {
      this.connection = connection;
    }

    void arm(long millis) {
      if (closed) {
        return;
      }
      timer =
          vertx.setTimer(
              millis,
              fired -> {
                timer = -1;
                connection.close();
              });
    }

    void cancel() {
      if (timer >= 0) {
        vertx.cancelTimer(timer);
        timer = -1;
      }
    }
  }
}
