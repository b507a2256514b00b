package org.reactivehss.app.s13;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.reactivehss.diameter.dict.S13Commands;
import org.reactivehss.diameter.peer.ApplicationHandlers;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.RequestCheck;
import org.reactivehss.store.EirStore;

/**
 * The EIR (S13, TS 29.272 §6) on one event loop: the ME-Identity-Check handler as a local consumer
 * of {@link DiameterBus#address}. No request check: the request names equipment, and its optional
 * User-Name is checked by the handler (5004, not 5001: the EIR knows no subscribers). Deploy one
 * instance per event loop.
 */
public final class S13Verticle extends VerticleBase {
  private final EirStore store;
  private final String originHost;
  private final String originRealm;
  private final S13Options options;

  public S13Verticle(EirStore store, String originHost, String originRealm, S13Options options) {
    this.store = store;
    this.originHost = originHost;
    this.originRealm = originRealm;
    this.options = options;
  }

  @Override
  public Future<?> start() {
    DiameterBus.registerCodecs(vertx);
    S13Answers answers = new S13Answers(originHost, originRealm);
    return ApplicationHandlers.checkedBy(vertx, RequestCheck.NONE, originHost, originRealm)
        .on(
            S13Commands.ME_IDENTITY_CHECK,
            new EcrHandler(store, answers, options.unknownEquipment()))
        .registered();
  }
}
