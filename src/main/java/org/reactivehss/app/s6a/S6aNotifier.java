package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.events.ResetRequested;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.S6aProfile;
import org.reactivehss.store.S6aStore;
import org.reactivehss.store.ServingNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the serving MME and SGSN about provisioning changes ({@link SubscriberChanged}, published
 * after the commit). Deploy exactly one instance: every consumer of a publish gets the event.
 *
 * <ul>
 *   <li>deleted, or barred by the change: Cancel-Location with Cancellation-Type
 *       SUBSCRIPTION_WITHDRAWAL to each registered node (TS 29.272 §5.2.1.2.1, §7.3.24);
 *   <li>otherwise changed: Insert-Subscriber-Data with the whole Subscription-Data as stored after
 *       the commit to each registered node (§5.2.2.1). The APN-Configuration-Profile always says
 *       All_APN_CONFIGURATIONS_INCLUDED, on which the node replaces its stored APN list
 *       (§5.2.2.1.2). When the change removed APN configurations, Delete-Subscriber-Data
 *       withdrawing their Context-Identifiers goes first (§5.2.2.2), so that the node tears down
 *       their PDN connections as a withdrawal rather than reading it from a new list. A successful
 *       IDA marks that node's data current again (§5.2.1.1.3 Skip-Subscriber-Data); a failed or
 *       unanswered one leaves it stale, so the node's next ULR gets Subscription-Data even when it
 *       asks to skip it.
 * </ul>
 *
 * A subscriber with no serving node is left alone. An operator's reset ({@link ResetRequested})
 * sends Reset to every registered node ({@link ResetSender}).
 */
public final class S6aNotifier extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(S6aNotifier.class);

  private final S6aStore store;
  private final MmeRequests requests;
  private final ResetSender reset;

  /** TS 29.272 §7.3.25 DSR-Flags bit 3: PDN subscription contexts withdrawal. */
  static final long PDN_SUBSCRIPTION_CONTEXTS_WITHDRAWAL = 1 << 3;

  public S6aNotifier(
      S6aStore store, HssRequests hssRequests, String originHost, String originRealm) {
    this.store = store;
    this.requests =
        new MmeRequests(hssRequests, new S6aAnswers(originHost, originRealm, HssMetrics.NONE));
    this.reset = new ResetSender(store, requests);
  }

  @Override
  public Future<?> start() {
    LocalCodec.register(vertx, SubscriberChanged.class);
    return Future.all(
        vertx
            .eventBus()
            .<SubscriberChanged>localConsumer(SubscriberChanged.ADDRESS, m -> changed(m.body()))
            .completion(),
        vertx
            .eventBus()
            .<JsonObject>localConsumer(
                ResetRequested.ADDRESS,
                m ->
                    reset
                        .resetAll()
                        .onSuccess(m::reply)
                        .onFailure(failure -> m.fail(503, "registered nodes not read")))
            .completion());
  }

  private void changed(SubscriberChanged event) {
    if (event.change() == SubscriberChanged.Change.IMS_DEREGISTERED) {
      return;
    }
    Map<ServingNode, String[]> nodes = new EnumMap<>(ServingNode.class);
    if (event.servingMmeHost() != null) {
      nodes.put(ServingNode.MME, new String[] {event.servingMmeHost(), event.servingMmeRealm()});
    }
    if (event.servingSgsnHost() != null) {
      nodes.put(ServingNode.SGSN, new String[] {event.servingSgsnHost(), event.servingSgsnRealm()});
    }
    if (nodes.isEmpty()) {
      return;
    }
    if (event.change() == SubscriberChanged.Change.DELETED || event.barred()) {
      CancelLocation cancel = new CancelLocation(requests);
      nodes.forEach(
          (node, at) ->
              cancel.send(
                  node,
                  at[0],
                  at[1],
                  event.imsi(),
                  Values.CancellationType.SUBSCRIPTION_WITHDRAWAL));
      return;
    }
    store
        .profile(event.imsi())
        .onSuccess(
            profile -> {
              if (profile != null) {
                nodes.forEach(
                    (node, at) ->
                        withdraw(at[0], at[1], profile.imsi(), event.removedContextIds())
                            .onComplete(withdrawn -> insert(node, at[0], at[1], profile)));
              }
            })
        .onFailure(
            failure -> log.warn("IDR for a changed subscriber not sent: {}", failure.getMessage()));
  }

  /**
   * §5.2.2.2: Delete-Subscriber-Data with DSR-Flags "PDN subscription contexts withdrawal" (bit 3,
   * §7.3.25) and the Context-Identifier of each removed APN configuration; completes when it ended,
   * whatever the answer, so that the IDR follows it. Nothing when no APN was removed.
   */
  private Future<?> withdraw(String host, String realm, String imsi, List<Integer> removed) {
    if (removed.isEmpty()) {
      return Future.succeededFuture();
    }
    return requests.send(
        S6aCommands.DELETE_SUBSCRIBER_DATA,
        host,
        realm,
        imsi,
        dsr -> {
          dsr.add(S6aAvps.DSR_FLAGS, PDN_SUBSCRIPTION_CONTEXTS_WITHDRAWAL);
          removed.forEach(id -> dsr.add(S6aAvps.CONTEXT_IDENTIFIER, (long) id));
          return dsr;
        });
  }

  private void insert(ServingNode node, String host, String realm, S6aProfile profile) {
    requests
        .send(
            S6aCommands.INSERT_SUBSCRIBER_DATA,
            host,
            realm,
            profile.imsi(),
            idr -> SubscriptionData.add(idr, profile))
        .onSuccess(
            ida -> {
              if (ida.resultCode() == ResultCodes.DIAMETER_SUCCESS.code()) {
                store
                    .dataCurrent(profile.imsi(), node, host)
                    .onFailure(
                        failure ->
                            log.warn("IDA not recorded as current: {}", failure.getMessage()));
              }
            });
  }
}
