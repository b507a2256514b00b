package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.metrics.PushNotificationOutcome;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShSubscription;
import org.reactivehss.store.ShUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells subscribed Application Servers about changed data (Sh-Notif, TS 29.328 §6.1.4, TS 29.329
 * §6.1.7): on every {@link ShDataChanged}, the live subscriptions to it are looked up (expired ones
 * are removed there) and each AS gets one Push-Notification per identity it watches, with the
 * current data of every Data-Reference it subscribed to that changed.
 *
 * <p>Deploy exactly one instance ({@link ShDataChanged} is published). Requests go to the AS by
 * Origin-Host over its open connection through {@link HssRequests}: bounded attempts, outcomes
 * counted per command there and per PNR in {@code hss_sh_pnr_total}. At most {@code
 * sh.pnr-in-flight} PNRs are under way; beyond that a notification is dropped and counted, never
 * queued: the data itself is durable, and the AS reads it again with UDR.
 */
public final class ShPushVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(ShPushVerticle.class);

  private final ShRuntime runtime;
  private final HssRequests requests;
  private final AtomicInteger inFlight = new AtomicInteger();
  private ShContext sh;

  public ShPushVerticle(ShRuntime runtime, HssRequests requests) {
    this.runtime = runtime;
    this.requests = requests;
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, ShDataChanged.class);
    return runtime
        .context(vertx)
        .compose(
            context -> {
              sh = context;
              return vertx
                  .eventBus()
                  .<ShDataChanged>localConsumer(
                      ShDataChanged.ADDRESS, message -> changed(message.body()))
                  .completion();
            });
  }

  private void changed(ShDataChanged event) {
    Set<ShDataReference> references =
        event.what() == ShDataChanged.What.REPOSITORY_DATA
            ? Set.of(ShDataReference.REPOSITORY_DATA)
            : Set.of(ShDataReference.IMS_USER_STATE, ShDataReference.S_CSCF_NAME);
    sh.subscriptions()
        .watchers(event.imsi(), references, event.identity(), event.serviceIndication())
        .onSuccess(watchers -> byAsAndIdentity(watchers).forEach(this::notify))
        .onFailure(failure -> log.warn("Sh subscriptions not read: {}", failure.getMessage()));
  }

  /** One PNR per AS and identity, carrying every Data-Reference it watches there. */
  private static Map<String, List<ShSubscription>> byAsAndIdentity(List<ShSubscription> all) {
    Map<String, List<ShSubscription>> groups = new LinkedHashMap<>();
    for (ShSubscription s : all) {
      groups.computeIfAbsent(s.originHost() + '\n' + s.identity(), k -> new ArrayList<>()).add(s);
    }
    return groups;
  }

  private void notify(String key, List<ShSubscription> group) {
    if (inFlight.incrementAndGet() > sh.options().pnrInFlight()) {
      inFlight.decrementAndGet();
      sh.metrics().pushNotification(PushNotificationOutcome.DROPPED);
      log.warn(
          "PNR to {} dropped: {} already under way",
          LogSafe.text(group.get(0).originHost()),
          sh.options().pnrInFlight());
      return;
    }
    ShSubscription first = group.get(0);
    ShUserIdentity identity = ShUserIdentity.ofKey(first.identity());
    List<ShDataReference> references = new ArrayList<>();
    List<String> indications = new ArrayList<>();
    for (ShSubscription s : group) {
      if (!references.contains(s.dataReference())) {
        references.add(s.dataReference());
      }
      if (!s.serviceIndication().isEmpty()) {
        indications.add(s.serviceIndication());
      }
    }
    ShRead read = new ShRead(references, indications, Set.of(), null);
    sh.store()
        .identify(identity.impu(), identity.msisdn(), Deadline.NONE)
        .compose(
            lookup ->
                lookup.outcome() == ShUser.Outcome.FOUND
                    ? ShUserData.compose(sh, lookup.user(), identity, read, Deadline.NONE)
                    : Future.failedFuture("the subscribed identity names no user any more"))
        .map(composed -> ShRequests.pushNotification(sh, first, composed.shData()))
        .onFailure(
            failure -> {
              inFlight.decrementAndGet();
              sh.metrics().pushNotification(PushNotificationOutcome.NOT_BUILT);
              log.warn(
                  "PNR to {} not built: {}",
                  LogSafe.text(first.originHost()),
                  failure.getMessage());
            })
        .onSuccess(
            pnr ->
                requests
                    .send(ShCommands.PUSH_NOTIFICATION, first.originHost(), pnr)
                    .onComplete(
                        answer -> {
                          inFlight.decrementAndGet();
                          sh.metrics()
                              .pushNotification(
                                  answer.failed()
                                      ? PushNotificationOutcome.GAVE_UP
                                      : answer.result().resultCode() / 1000 == 2
                                          ? PushNotificationOutcome.ANSWERED
                                          : PushNotificationOutcome.REFUSED);
                        }));
  }
}
