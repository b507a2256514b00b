package org.reactivehss.app.swx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.dict.SwxCommands;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.events.SubscriberChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the registered 3GPP AAA server about provisioning changes (TS 29.273 §8.1.2.3, §8.1.2.4):
 * deletion or administrative deregistration through the API sends Registration-Termination
 * (Reason-Code PERMANENT_TERMINATION), a profile change of a registered user (APNs, the non-3GPP
 * flag, status, AMBR, MSISDN) sends Push-Profile with the new Non-3GPP-User-Data.
 *
 * <p>Deploy exactly one instance: {@link SubscriberChanged} is published, so every consumer would
 * send. Requests go over the open connection to the AAA server through {@link HssRequests}: bounded
 * attempts, outcomes counted and logged, as for Cx. The registration in PostgreSQL has already
 * changed, so an RTR that is never delivered leaves an AAA server that the next SAR corrects.
 */
public final class SwxPushVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(SwxPushVerticle.class);

  private final SwxRuntime runtime;
  private final HssRequests requests;
  private SwxContext swx;

  public SwxPushVerticle(SwxRuntime runtime, HssRequests requests) {
    this.runtime = runtime;
    this.requests = requests;
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, SubscriberChanged.class);
    swx = runtime.context(vertx);
    return vertx
        .eventBus()
        .<SubscriberChanged>localConsumer(
            SubscriberChanged.ADDRESS, message -> changed(message.body()))
        .completion();
  }

  private void changed(SubscriberChanged event) {
    String aaaServer = event.aaaServerName();
    if (aaaServer == null) {
      return;
    }
    switch (event.change()) {
      case DELETED, NON3GPP_DEREGISTERED ->
          requests.send(
              SwxCommands.REGISTRATION_TERMINATION,
              aaaServer,
              SwxRequests.registrationTermination(
                  swx,
                  aaaServer,
                  event.imsi(),
                  Values.ReasonCode.PERMANENT_TERMINATION,
                  event.change() == SubscriberChanged.Change.DELETED
                      ? "subscription removed"
                      : "administrative deregistration"));
      case UPDATED -> pushProfile(event.imsi(), aaaServer);
      case CREATED, IMS_DEREGISTERED -> {}
    }
  }

  private void pushProfile(String imsi, String aaaServer) {
    swx.store()
        .profile(imsi, true, Deadline.NONE)
        .onSuccess(
            profile -> {
              if (profile != null && aaaServer.equalsIgnoreCase(profile.aaaServerName())) {
                requests.send(
                    SwxCommands.PUSH_PROFILE,
                    aaaServer,
                    SwxRequests.pushProfile(swx, aaaServer, profile));
              }
            })
        .onFailure(
            failure ->
                log.warn("SWx PPR for a changed profile not sent: {}", failure.getMessage()));
  }
}
