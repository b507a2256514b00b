package org.reactivehss.app.swx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.diameter.dict.SwxCommands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;

/**
 * The SWx application (TS 29.273 §8, application 16777265): the handlers for what a 3GPP AAA server
 * sends, each on its {@link DiameterBus#address}, all behind the {@link SwxGate}: a User-Name that
 * names no IMSI is 5001 before any lookup. Deploy one instance per event loop.
 */
public final class SwxVerticle extends VerticleBase {
  private final SwxRuntime runtime;

  public SwxVerticle(SwxRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    SwxContext swx = runtime.context(vertx);
    return ApplicationHandlers.checkedBy(vertx, new SwxGate(), swx.originHost(), swx.realm())
        .on(SwxCommands.MULTIMEDIA_AUTH, new MarHandler(swx))
        .on(SwxCommands.SERVER_ASSIGNMENT, new SarHandler(swx))
        .registered();
  }
}
