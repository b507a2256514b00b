package org.reactivehss.app.cx;

import io.vertx.core.VerticleBase;
import io.vertx.core.Future;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.ImsLookup;
import org.reactivehss.store.RegistrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the assigned S-CSCF about provisioning changes (TS 29.228 §6.1.3, §6.1.5): deletion or
 * administrative deregistration sends Registration-Termination (Reason-Code PERMANENT_TERMINATION),
 * a profile change of a registered user sends Push-Profile with the new User-Data.
 *
 * <p>Deploy exactly one instance: {@link SubscriberChanged} is published, so every consumer would send.
 * One attempt per change over the open connection to the S-CSCF (see {@link ScscfAddress}); the outcome
 * is logged. The registration state in PostgreSQL has already changed, so a lost RTR leaves an S-CSCF
 * that the next SAR or UAR corrects; retries are a later feature.
 */
public final class CxPushVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(CxPushVerticle.class);

  private final CxRuntime runtime;
  private final PeerTable peers;
  private CxContext cx;

  public CxPushVerticle(CxRuntime runtime, PeerTable peers) {
    this.runtime = runtime;
    this.peers = peers;
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, SubscriberChanged.class);
    return runtime.context(vertx).compose(context -> {
      cx = context;
      return vertx.eventBus().<SubscriberChanged>localConsumer(SubscriberChanged.ADDRESS,
          message -> changed(message.body())).completion();
    });
  }

  private void changed(SubscriberChanged event) {
    if (event.scscfName() == null || event.impi() == null) {
      return;
    }
    ScscfAddress to = ScscfAddress.of(event.scscfName(), cx.realm());
    switch (event.change()) {
      case DELETED, IMS_DEREGISTERED -> send("RTR", to, CxRequests.registrationTermination(cx, to, event.impi(),
          CxRequests.PERMANENT_TERMINATION, event.change() == SubscriberChanged.Change.DELETED
              ? "subscription removed" : "administrative deregistration"));
      case UPDATED -> pushProfile(event.impi(), to);
      case CREATED -> {
      }
    }
  }

  private void pushProfile(String impi, ScscfAddress to) {
    cx.store().byIdentities(impi, null).onSuccess(lookup -> {
      if (lookup.outcome() == ImsLookup.Outcome.FOUND
          && lookup.subscription().state() != RegistrationState.NOT_REGISTERED) {
        byte[] userData = ImsSubscriptionXml.userData(lookup.subscription(), null, cx.ifcTemplate());
        send("PPR", to, CxRequests.pushProfile(cx, to, impi, userData));
      }
    }).onFailure(failure -> log.warn("PPR for a changed profile not sent: {}", failure.getMessage()));
  }

  private void send(String what, ScscfAddress to, byte[] request) {
    peers.request(to.host(), request)
        .onSuccess(answer -> log.info("{} to {} answered {}", what, to.host(), answer.resultCode()))
        .onFailure(failure -> log.warn("{} to {} failed: {}", what, to.host(), failure.toString()));
  }
}
