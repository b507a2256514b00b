package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.codec.MessageTooLongException;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.HssRequests;
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
 * <p>Deploy exactly one instance: {@link SubscriberChanged} is published, so every consumer would
 * send. Requests go over the open connection to the S-CSCF (see {@link ScscfAddress}) through
 * {@link HssRequests}: bounded attempts, outcomes counted and logged. The registration state in
 * PostgreSQL has already changed, so an RTR that is never delivered leaves an S-CSCF that the next
 * SAR or UAR corrects.
 */
public final class CxPushVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(CxPushVerticle.class);

  private final CxRuntime runtime;
  private final HssRequests requests;
  private CxContext cx;

  public CxPushVerticle(CxRuntime runtime, HssRequests requests) {
    this.runtime = runtime;
    this.requests = requests;
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, SubscriberChanged.class);
    return runtime
        .context(vertx)
        .compose(
            context -> {
              cx = context;
              return vertx
                  .eventBus()
                  .<SubscriberChanged>localConsumer(
                      SubscriberChanged.ADDRESS, message -> changed(message.body()))
                  .completion();
            });
  }

  private void changed(SubscriberChanged event) {
    if (event.scscfName() == null || event.impi() == null) {
      return;
    }
    ScscfAddress to = ScscfAddress.of(event.scscfName(), cx.realm());
    switch (event.change()) {
      case DELETED, IMS_DEREGISTERED ->
          send(
              CxCommands.REGISTRATION_TERMINATION,
              to,
              CxRequests.registrationTermination(
                  cx,
                  to,
                  event.impi(),
                  Values.ReasonCode.PERMANENT_TERMINATION,
                  event.change() == SubscriberChanged.Change.DELETED
                      ? "subscription removed"
                      : "administrative deregistration"));
      case UPDATED -> pushProfile(event.impi(), to);
      case CREATED -> {}
    }
  }

  private void pushProfile(String impi, ScscfAddress to) {
    cx.store()
        .byIdentities(impi, null, Deadline.NONE)
        .onSuccess(
            lookup -> {
              if (lookup.outcome() == ImsLookup.Outcome.FOUND
                  && lookup.subscription().state() != RegistrationState.NOT_REGISTERED) {
                byte[] userData =
                    ImsSubscriptionXml.userData(lookup.subscription(), null, cx.ifcTemplate());
                try {
                  send(CxCommands.PUSH_PROFILE, to, CxRequests.pushProfile(cx, to, impi, userData));
                } catch (MessageTooLongException tooLong) {
                  // RFC 6733 §3: a profile over a 24-bit Message Length cannot travel in a PPR
                  log.warn("PPR to {} not sent: {}", LogSafe.text(to.host()), tooLong.getMessage());
                }
              }
            })
        .onFailure(
            failure -> log.warn("PPR for a changed profile not sent: {}", failure.getMessage()));
  }

  /** Outcomes are logged and counted by {@link HssRequests}; nothing waits for them here. */
  private void send(CommandDef command, ScscfAddress to, byte[] request) {
    requests.send(command, to.host(), request);
  }
}
