package org.reactivehss.api;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.reactivehss.events.ResetRequested;

/**
 * {@code POST /api/v1/operations/reset}: sends Reset (RSR, TS 29.272 §5.2.2.1.4, §7.2.15) to every
 * MME and SGSN with registered subscribers and answers with how many answered. The S6a application
 * does the work ({@link ResetRequested}); this endpoint only waits for its summary.
 */
public final class ResetEndpoint {
  static final String PATH = "/api/v1/operations/reset";

  private final long waitMs;

  /**
   * {@code waitMs}: how long the summary may take; every RSR ends within its attempts (3 × request
   * timeout + pauses), so the caller sizes this above that.
   */
  public ResetEndpoint(long waitMs) {
    this.waitMs = waitMs;
  }

  public void mount(Router router) {
    router.post(PATH).handler(this::reset);
  }

  private void reset(RoutingContext ctx) {
    ctx.vertx()
        .eventBus()
        .<JsonObject>request(
            ResetRequested.ADDRESS, new JsonObject(), new DeliveryOptions().setSendTimeout(waitMs))
        .onSuccess(reply -> Responses.json(ctx, 200, reply.body()))
        .onFailure(failure -> Responses.error(ctx, 503, "reset", "S6a did not report in time"));
  }
}
