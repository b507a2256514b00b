package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Kubernetes probes, answered without a token (the kubelet has none) and without subscriber data.
 *
 * <ul>
 *   <li>GET /health/live: 200 when every event loop runs a task within {@link #DEADLINE_MS}; 503
 *       otherwise (restart me).
 *   <li>GET /health/ready: 200 when the database answers {@code SELECT 1}, the key-encryption keys
 *       passed the start-time key check (docs/storage.md) and the Diameter listeners are up; 503
 *       otherwise (send me no traffic). A failed key check names the key id, never a key.
 * </ul>
 *
 * Bodies are {@code {"status":"UP|DOWN","checks":{name:{"status":..,"reason":..}}}}.
 */
public final class HealthEndpoints {
  public static final String LIVE = "/health/live";
  public static final String READY = "/health/ready";

  /**
   * Below the probes' timeoutSeconds (k8s/base/deployment.yaml) and the blocked-thread warning (2
   * s).
   */
  static final long DEADLINE_MS = 1_500;

  private final EventLoopProbe loops;
  private final Supplier<Future<Void>> database;
  private final BooleanSupplier diameterListening;
  private final Supplier<Future<Void>> keys;

  public HealthEndpoints(
      EventLoopProbe loops, Supplier<Future<Void>> database, BooleanSupplier diameterListening) {
    this(loops, database, diameterListening, Future::succeededFuture);
  }

  /** {@code keys}: the key check (Storage.keysVerified), failing with the problems by key id. */
  public HealthEndpoints(
      EventLoopProbe loops,
      Supplier<Future<Void>> database,
      BooleanSupplier diameterListening,
      Supplier<Future<Void>> keys) {
    this.loops = loops;
    this.database = database;
    this.diameterListening = diameterListening;
    this.keys = keys;
  }

  public void mount(Router router) {
    router.get(LIVE).handler(this::live);
    router.get(READY).handler(this::ready);
  }

  private void live(RoutingContext ctx) {
    loops
        .probe(DEADLINE_MS)
        .onComplete(
            probed -> {
              JsonObject checks =
                  new JsonObject()
                      .put("event-loops", check(probed.failed() ? probed.cause() : null));
              respond(ctx, checks);
            });
  }

  private void ready(RoutingContext ctx) {
    Future<Void> db;
    try {
      db = database.get();
    } catch (RuntimeException e) {
      db = Future.failedFuture(e);
    }
    Future<Void> pinged = db;
    Future<Void> keyCheck = keys.get();
    Future.join(pinged, keyCheck)
        .onComplete(
            both -> {
              JsonObject checks =
                  new JsonObject()
                      .put("database", check(pinged.failed() ? pinged.cause() : null))
                      .put("keys", check(keyCheck.failed() ? keyCheck.cause() : null))
                      .put(
                          "diameter",
                          check(
                              diameterListening.getAsBoolean()
                                  ? null
                                  : new IllegalStateException("Diameter listeners are not up")));
              respond(ctx, checks);
            });
  }

  private static JsonObject check(Throwable failure) {
    if (failure == null) {
      return new JsonObject().put("status", "UP");
    }
    return new JsonObject()
        .put("status", "DOWN")
        .put("reason", String.valueOf(failure.getMessage()));
  }

  private static void respond(RoutingContext ctx, JsonObject checks) {
    boolean up =
        checks.stream().allMatch(e -> "UP".equals(((JsonObject) e.getValue()).getString("status")));
    ctx.response()
        .setStatusCode(up ? 200 : 503)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(new JsonObject().put("status", up ? "UP" : "DOWN").put("checks", checks).encode());
  }
}
