package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.function.Supplier;

/**
 * GET {@value #PATH}: the Diameter connections that passed or are making the capabilities exchange,
 * as the console's peers page lists them. {@code peers} asks each connection on its own event loop
 * for a snapshot (the state belongs to that loop), so the list is a set of moments close together,
 * not one instant.
 */
public final class PeersEndpoint {
  static final String PATH = "/api/v1/peers";

  private final Supplier<Future<JsonArray>> peers;

  public PeersEndpoint(Supplier<Future<JsonArray>> peers) {
    this.peers = peers;
  }

  public void mount(Router router) {
    router
        .get(PATH)
        .handler(
            ctx ->
                peers
                    .get()
                    .onSuccess(
                        list -> Responses.json(ctx, 200, new JsonObject().put("peers", list)))
                    .onFailure(failure -> Responses.failure(ctx, failure)));
  }
}
