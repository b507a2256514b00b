package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.S6aStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the serving MME about provisioning changes ({@link SubscriberChanged}, published after the
 * commit). Deploy exactly one instance: every consumer of a publish gets the event.
 *
 * <ul>
 *   <li>deleted, or barred by the change: Cancel-Location with Cancellation-Type
 *       SUBSCRIPTION_WITHDRAWAL (TS 29.272 §5.2.1.2.1, §7.3.24);
 *   <li>otherwise changed: Insert-Subscriber-Data with the whole Subscription-Data as stored after
 *       the commit (§5.2.2.1). The APN-Configuration-Profile always says
 *       All_APN_CONFIGURATIONS_INCLUDED, on which the MME replaces its stored APN list
 *       (§5.2.2.1.2), so an APN removed through the API is removed by this IDR: no
 *       Delete-Subscriber-Data is sent.
 * </ul>
 *
 * A subscriber with no serving MME is left alone. Reset (RSR, §5.2.4) is not sent: a later feature.
 */
public final class S6aNotifier extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(S6aNotifier.class);

  private final S6aStore store;
  private final MmeRequests requests;

  public S6aNotifier(
      S6aStore store, HssRequests hssRequests, String originHost, String originRealm) {
    this.store = store;
    this.requests =
        new MmeRequests(hssRequests, new S6aAnswers(originHost, originRealm, HssMetrics.NONE));
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, SubscriberChanged.class);
    return vertx
        .eventBus()
        .<SubscriberChanged>localConsumer(SubscriberChanged.ADDRESS, m -> changed(m.body()))
        .completion();
  }

  private void changed(SubscriberChanged event) {
    String mme = event.servingMmeHost();
    if (mme == null || event.change() == SubscriberChanged.Change.IMS_DEREGISTERED) {
      return;
    }
    if (event.change() == SubscriberChanged.Change.DELETED || event.barred()) {
      new CancelLocation(requests)
          .send(
              mme,
              event.servingMmeRealm(),
              event.imsi(),
              Values.CancellationType.SUBSCRIPTION_WITHDRAWAL);
      return;
    }
    store
        .profile(event.imsi())
        .onSuccess(
            profile -> {
              if (profile != null) {
                requests.send(
                    S6aCommands.INSERT_SUBSCRIBER_DATA,
                    mme,
                    event.servingMmeRealm(),
                    event.imsi(),
                    idr -> SubscriptionData.add(idr, profile));
              }
            })
        .onFailure(
            failure -> log.warn("IDR for a changed subscriber not sent: {}", failure.getMessage()));
  }
}
