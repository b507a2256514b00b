package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.S6aStore;

/**
 * The S6a application on one event loop: one handler per command an MME sends (AIR, ULR, PUR, NOR),
 * each a local consumer of {@link DiameterBus#address}. Deploy one instance per event loop; deploy
 * {@link S6aNotifier} once beside them for the requests the HSS starts itself.
 */
public final class S6aVerticle extends VerticleBase {
  private final S6aStore store;
  private final HssRequests hssRequests;
  private final String originHost;
  private final String originRealm;
  private final S6aOptions options;
  private final HssMetrics metrics;

  public S6aVerticle(S6aStore store, HssRequests hssRequests, String originHost, String originRealm,
      S6aOptions options, HssMetrics metrics) {
    this.store = store;
    this.hssRequests = hssRequests;
    this.originHost = originHost;
    this.originRealm = originRealm;
    this.options = options;
    this.metrics = metrics;
  }

  @Override
  public Future<?> start() {
    AuthVerticle.registerCodecs(vertx);
    DiameterBus.registerCodecs(vertx);
    S6aAnswers answers = new S6aAnswers(originHost, originRealm, metrics);
    CancelLocation cancel = new CancelLocation(new MmeRequests(hssRequests, answers));
    EventBus bus = vertx.eventBus();
    return Future.all(
        LoopAffinity.localConsumer(bus, address(Commands.AUTHENTICATION_INFORMATION.code()),
            new ImsiGate(answers, new AirHandler(bus, answers))),
        LoopAffinity.localConsumer(bus, address(Commands.UPDATE_LOCATION.code()),
            new ImsiGate(answers, new UlrHandler(store, answers, cancel, options.homeMncLength()))),
        LoopAffinity.localConsumer(bus, address(Commands.PURGE_UE.code()),
            new ImsiGate(answers, new PurHandler(store, answers))),
        LoopAffinity.localConsumer(bus, address(Commands.NOTIFY.code()),
            new ImsiGate(answers, new NorHandler(store, answers))));
  }

  private static String address(int commandCode) {
    return DiameterBus.address(Applications.S6A, commandCode);
  }
}
