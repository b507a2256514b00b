package org.reactivehss.app.slh;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.diameter.dict.SlhCommands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.LcsRouting;

/**
 * The SLh application on one event loop (TS 29.173): the LCS-Routing-Info handler, a local consumer
 * of {@link DiameterBus#address}, behind the {@link SlhGate}. Deploy one instance per event loop.
 * SLh is read-only: the HSS sends no SLh request.
 */
public final class SlhVerticle extends VerticleBase {
  private final LcsRouting store;
  private final String originHost;
  private final String originRealm;
  private final SlhOptions options;
  private final HssMetrics metrics;

  public SlhVerticle(
      LcsRouting store,
      String originHost,
      String originRealm,
      SlhOptions options,
      HssMetrics metrics) {
    this.store = store;
    this.originHost = originHost;
    this.originRealm = originRealm;
    this.options = options;
    this.metrics = metrics;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    SlhAnswers answers = new SlhAnswers(originHost, originRealm);
    return ApplicationHandlers.checkedBy(vertx, new SlhGate(options), originHost, originRealm)
        .on(SlhCommands.LCS_ROUTING_INFO, new RirHandler(store, answers, metrics))
        .registered();
  }
}
