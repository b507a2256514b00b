package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.peer.DiameterBus;

/**
 * The Cx application (TS 29.229, application 16777216): one handler per command an I-CSCF or S-CSCF
 * sends, each on its {@link DiameterBus#address}. Deploy one instance per event loop.
 */
public final class CxVerticle extends VerticleBase {
  private final CxRuntime runtime;

  public CxVerticle(CxRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    return runtime.context(vertx).compose(cx -> Future.all(
        consume(Commands.USER_AUTHORIZATION, new IdentityGate(cx, new UarHandler(cx))),
        consume(Commands.MULTIMEDIA_AUTH, new IdentityGate(cx, new MarHandler(cx))),
        consume(Commands.SERVER_ASSIGNMENT, new IdentityGate(cx, new SarHandler(cx))),
        consume(Commands.LOCATION_INFO, new IdentityGate(cx, new LirHandler(cx)))));
  }

  /** Each handler behind the {@link IdentityGate}: identities no user can have are 5001 before any lookup. */
  private Future<Void> consume(CommandDef command, Handler<Message<DiameterMessage>> handler) {
    return LoopAffinity.localConsumer(vertx.eventBus(), DiameterBus.address(Applications.CX, command.code()),
        handler);
  }
}
