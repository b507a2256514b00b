package org.reactivehss.api;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.ImsStore;

/**
 * {@code POST /api/v1/subscribers/{imsi}/ims/deregister}: administrative deregistration from IMS
 * (TS 29.228 §6.1.3). Every public identity becomes not registered and the S-CSCF assignment is
 * cleared in one statement; after it commits, {@link SubscriberChanged} IMS_DEREGISTERED is
 * published so that Cx sends Registration-Termination to the S-CSCF that had the user.
 */
public final class ImsDeregistration {
  static final String PATH = SubscriberHandlers.BASE + "/:imsi/ims/deregister";

  private final ImsStore ims;

  public ImsDeregistration(ImsStore ims) {
    this.ims = ims;
  }

  public void mount(Router router) {
    router.post(PATH).handler(this::deregister);
  }

  private void deregister(RoutingContext ctx) {
    String imsi = SubscriberHandlers.imsiInPath(ctx);
    if (imsi == null) {
      return;
    }
    ims.deregister(imsi)
        .onSuccess(
            done -> {
              if (done == null) {
                Responses.error(ctx, 404, "imsi", "no such subscriber with an IMS subscription");
                return;
              }
              // the event carries the Cx fields only; S6a ignores IMS_DEREGISTERED
              ctx.vertx()
                  .eventBus()
                  .publish(
                      SubscriberChanged.ADDRESS,
                      new SubscriberChanged(
                          imsi,
                          SubscriberChanged.Change.IMS_DEREGISTERED,
                          false,
                          null,
                          null,
                          done.scscfName(),
                          done.impi()));
              // TS 29.328 §6.1.4: ASs subscribed to IMSUserState or S-CSCFName get a PNR
              ctx.vertx()
                  .eventBus()
                  .publish(
                      ShDataChanged.ADDRESS,
                      new ShDataChanged(imsi, ShDataChanged.What.IMS_STATE, null, null));
              Responses.json(
                  ctx,
                  200,
                  new JsonObject()
                      .put("imsi", imsi)
                      .put("impi", done.impi())
                      .put("previousScscfName", done.scscfName()));
            })
        .onFailure(failure -> Responses.failure(ctx, failure));
  }
}
