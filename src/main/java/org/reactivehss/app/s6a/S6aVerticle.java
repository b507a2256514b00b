package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.EventBus;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.S6aStore;

/**
 * The S6a application on one event loop: one handler per command an MME or SGSN sends (AIR, ULR,
 * PUR, NOR; S6d shares the application id), each a local consumer of {@link DiameterBus#address},
 * all behind the {@link ImsiGate}. Deploy one instance per event loop; deploy {@link S6aNotifier}
 * once beside them for the requests the HSS starts itself.
 */
public final class S6aVerticle extends VerticleBase {
  private final S6aStore store;
  private final HssRequests hssRequests;
  private final String originHost;
  private final String originRealm;
  private final S6aOptions options;
  private final HssMetrics metrics;
  private final EirStore eir;

  /** {@code eir}: the EIR rules an ULR's IMEI is checked against when the options ask for it. */
  public S6aVerticle(
      S6aStore store,
      EirStore eir,
      HssRequests hssRequests,
      String originHost,
      String originRealm,
      S6aOptions options,
      HssMetrics metrics) {
    this.store = store;
    this.hssRequests = hssRequests;
    this.originHost = originHost;
    this.originRealm = originRealm;
    this.options = options;
    this.metrics = metrics;
    this.eir = eir;
  }

  @Override
  public Future<?> start() {
    AuthVerticle.registerCodecs(vertx);
    DiameterBus.registerCodecs(vertx);
    S6aAnswers answers = new S6aAnswers(originHost, originRealm, metrics);
    CancelLocation cancel = new CancelLocation(new MmeRequests(hssRequests, answers));
    EventBus bus = vertx.eventBus();
    return ApplicationHandlers.checkedBy(vertx, new ImsiGate(), originHost, originRealm)
        .on(S6aCommands.AUTHENTICATION_INFORMATION, new AirHandler(bus, answers))
        .on(
            S6aCommands.UPDATE_LOCATION,
            new UlrHandler(
                store,
                answers,
                cancel,
                options.homeMncLength(),
                new UlrEquipmentCheck(options.checkUlrImei() ? eir : null)))
        .on(S6aCommands.PURGE_UE, new PurHandler(store, answers))
        .on(S6aCommands.NOTIFY, new NorHandler(store, answers))
        .registered();
  }
}
