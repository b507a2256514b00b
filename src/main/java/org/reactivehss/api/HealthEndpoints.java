package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
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
 *       otherwise (send me no traffic). A failed key check names the key id, never a key. With
 *       several databases (db.partitions, docs/scale-out.md) the database check is UP while at
 *       least one partition answers, and names those that do not in {@code "partitions-down"}: the
 *       others' subscribers are still served.
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
  private int partitions;
  private Supplier<Future<List<String>>> partitionsDown;

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

  /**
   * Readiness over {@code count} partitions: {@code down} names those that do not answer; the
   * database check fails only when none answers.
   */
  public HealthEndpoints withPartitions(int count, Supplier<Future<List<String>>> down) {
    this.partitions = count;
    this.partitionsDown = down;
    return this;
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
    if (partitionsDown == null) {
      ready(ctx, database(), List.of());
      return;
    }
    partitionsDown
        .get()
        .onComplete(
            down -> {
              List<String> names = down.succeeded() ? down.result() : List.of();
              Future<Void> db =
                  down.failed()
                      ? Future.failedFuture(down.cause())
                      : names.size() >= partitions
                          ? Future.failedFuture(
                              new IllegalStateException("no partition answers: " + names))
                          : Future.succeededFuture();
              ready(ctx, db, names);
            });
  }

  private Future<Void> database() {
    try {
      return database.get();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private void ready(RoutingContext ctx, Future<Void> pinged, List<String> partitionsDown) {
    Future<Void> keyCheck = keys.get();
    Future.join(pinged, keyCheck)
        .onComplete(
            both -> {
              JsonObject checks =
                  new JsonObject()
                      .put("database", database(pinged, partitionsDown))
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

  private static JsonObject database(Future<Void> pinged, List<String> partitionsDown) {
    JsonObject check = check(pinged.failed() ? pinged.cause() : null);
    return partitionsDown.isEmpty()
        ? check
        : check.put("partitions-down", new JsonArray(partitionsDown));
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
