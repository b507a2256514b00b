package org.reactivehss.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.SwxStore;

/**
 * {@code POST /api/v1/subscribers/{imsi}/swx/deregister}: administrative deregistration from
 * non-3GPP access (TS 29.273 §8.1.2.3). The registered 3GPP AAA server is cleared in one statement;
 * after it commits, {@link SubscriberChanged} NON3GPP_DEREGISTERED is published so that SWx sends
 * Registration-Termination to the server that had the user.
 */
public final class SwxDeregistration {
  static final String PATH = SubscriberHandlers.BASE + "/:imsi/swx/deregister";

  private final SwxStore swx;

  public SwxDeregistration(SwxStore swx) {
    this.swx = swx;
  }

  public void mount(Router router) {
    router.post(PATH).handler(this::deregister);
  }

  private void deregister(RoutingContext ctx) {
    String imsi = SubscriberHandlers.imsiInPath(ctx);
    if (imsi == null) {
      return;
    }
    swx.deregisterAny(imsi)
        .onSuccess(
            previous -> {
              if (previous == null) {
                Responses.error(ctx, 404, "imsi", "no such subscriber");
                return;
              }
              String aaaServer = previous.get(0);
              // the event carries the SWx field only; S6a and Cx ignore it
              ctx.vertx()
                  .eventBus()
                  .publish(
                      SubscriberChanged.ADDRESS,
                      new SubscriberChanged(
                          imsi,
                          SubscriberChanged.Change.NON3GPP_DEREGISTERED,
                          false,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          List.of(),
                          aaaServer));
              Responses.json(
                  ctx,
                  200,
                  new JsonObject().put("imsi", imsi).put("previousAaaServerName", aaaServer));
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }
}
