package org.reactivehss.api;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * GET /metrics in the Prometheus text format. Served without the API token: it holds counts and
 * latencies with closed-set labels, nothing about any subscriber, and the NetworkPolicy in k8s/
 * lets only Prometheus reach the HTTP port from outside the pod. Rendering walks every meter, so it
 * runs on a worker thread rather than an event loop.
 */
public final class MetricsEndpoint {
  public static final String PATH = "/metrics";
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final Vertx vertx;
  private final PrometheusMeterRegistry registry;

  public MetricsEndpoint(Vertx vertx, PrometheusMeterRegistry registry) {
    this.vertx = vertx;
    this.registry = registry;
  }

  public void mount(Router router) {
    router
        .get(PATH)
        .handler(
            ctx ->
                vertx
                    .executeBlocking(registry::scrape, false)
                    .onComplete(
                        scraped -> {
                          if (scraped.succeeded()) {
                            ctx.response()
                                .putHeader("Content-Type", CONTENT_TYPE)
                                .end(scraped.result());
                          } else {
                            ctx.fail(scraped.cause());
                          }
                        }));
  }
}
