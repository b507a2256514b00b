package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.events.ShDataChanged;

/**
 * The Sh application (TS 29.329, application 16777217): one handler per command an Application
 * Server sends, each on its {@link DiameterBus#address}, all behind the {@link ShIdentityGate}.
 * Deploy one instance per event loop.
 */
public final class ShVerticle extends VerticleBase {
  private final ShRuntime runtime;

  public ShVerticle(ShRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    LocalCodec.register(vertx, ShDataChanged.class);
    return runtime
        .context(vertx)
        .compose(
            sh ->
                ApplicationHandlers.checkedBy(
                        vertx, new ShIdentityGate(), sh.originHost(), sh.realm())
                    .on(ShCommands.USER_DATA_SH, new UdrHandler(sh))
                    .on(ShCommands.PROFILE_UPDATE, new PurHandler(sh))
                    .on(ShCommands.SUBSCRIBE_NOTIFICATIONS, new SnrHandler(sh))
                    .registered());
  }
}
