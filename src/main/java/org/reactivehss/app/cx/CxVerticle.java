package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.events.ShDataChanged;

/**
 * The Cx application (TS 29.229, application 16777216): one handler per command an I-CSCF or S-CSCF
 * sends, each on its {@link DiameterBus#address}, all behind the {@link IdentityGate}: identities
 * no user can have are 5001 before any lookup. Deploy one instance per event loop.
 */
public final class CxVerticle extends VerticleBase {
  private final CxRuntime runtime;

  public CxVerticle(CxRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    LocalCodec.register(vertx, ShDataChanged.class);
    return runtime
        .context(vertx)
        .compose(
            cx ->
                ApplicationHandlers.checkedBy(
                        vertx, new IdentityGate(), cx.originHost(), cx.realm())
                    .on(CxCommands.USER_AUTHORIZATION, new UarHandler(cx))
                    .on(CxCommands.MULTIMEDIA_AUTH, new MarHandler(cx))
                    .on(CxCommands.SERVER_ASSIGNMENT, new SarHandler(cx))
                    .on(CxCommands.LOCATION_INFO, new LirHandler(cx))
                    .registered());
  }
}
