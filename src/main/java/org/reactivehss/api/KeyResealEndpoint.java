package org.reactivehss.api;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;
import org.reactivehss.store.ResealResult;

/**
 * POST /api/v1/admin/keys/reseal: step 3 of the key rotation (docs/storage.md). Re-seals every
 * subscriber not yet under the current key id, then checks the keys again, and answers the counts:
 * {@code {"resealed":n,"unopenable":m,"currentKeyId":id,"problems":[...]}}. Mounted with the
 * protected routes, so it follows the API's access rule (bearer token when set, loopback only when
 * not). One pass at a time: a second request meanwhile gets 409. Safe to repeat; SQNs are never
 * touched.
 */
public final class KeyResealEndpoint {
  public static final String PATH = "/api/v1/admin/keys/reseal";

  private final Supplier<Future<ResealResult>> reseal;

  /**
   * The API verticle is one instance: its handlers run on one context, so a plain flag suffices.
   */
  private boolean running;

  public KeyResealEndpoint(Supplier<Future<ResealResult>> reseal) {
    this.reseal = reseal;
  }

  public void mount(Router router) {
    router.post(PATH).handler(this::reseal);
  }

  private void reseal(RoutingContext ctx) {
    if (running) {
      Responses.error(ctx, 409, null, "a key re-sealing is already running");
      return;
    }
    running = true;
    reseal
        .get()
        .onComplete(
            done -> {
              running = false;
              if (done.failed()) {
                Responses.failure(ctx, done.cause());
                return;
              }
              ResealResult result = done.result();
              Responses.json(
                  ctx,
                  200,
                  new JsonObject()
                      .put("resealed", result.resealed())
                      .put("unopenable", result.unopenable())
                      .put("currentKeyId", result.currentKeyId())
                      .put("problems", new JsonArray(result.problems())));
            });
  }
}
