package org.reactivehss.api;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.reactivehss.metrics.ConsoleStats;

/**
 * GET {@value #PATH}: the console overview's numbers ({@link ConsoleStats}) as JSON, behind the
 * token like the rest of /api/v1 (unlike /metrics, it is read from a browser page). Reading walks
 * the registry, so it runs on a worker thread. Without metrics ({@code metrics.enabled: false})
 * there is nothing to read: 503 naming the key.
 */
public final class StatsEndpoint {
  static final String PATH = "/api/v1/stats";

  private final Vertx vertx;
  private final ConsoleStats stats;

  /** {@code stats} null: metrics are disabled. */
  public StatsEndpoint(Vertx vertx, ConsoleStats stats) {
    this.vertx = vertx;
    this.stats = stats;
  }

  public void mount(Router router) {
    router
        .get(PATH)
        .handler(
            ctx -> {
              if (stats == null) {
                Responses.error(ctx, 503, "metrics.enabled", "metrics are disabled");
                return;
              }
              vertx
                  .executeBlocking(stats::read, false)
                  .onSuccess(reading -> Responses.json(ctx, 200, reading))
                  .onFailure(ctx::fail);
            });
  }
}
