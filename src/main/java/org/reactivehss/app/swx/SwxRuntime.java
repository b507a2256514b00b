package org.reactivehss.app.swx;

import io.vertx.core.Vertx;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.SwxStore;

/** What the SWx verticles are deployed with. */
public record SwxRuntime(String originHost, String realm, SwxStore store, HssMetrics metrics) {

  SwxContext context(Vertx vertx) {
    return new SwxContext(vertx, originHost, realm, store, metrics);
  }
}
