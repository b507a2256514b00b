package org.reactivehss.app.swx;

import io.vertx.core.Vertx;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.SwxStore;

/**
 * What every SWx handler needs: this HSS's identity, the SWx store and the metrics (auth bus
 * timeouts of MAR, refusals outside a peer's IMSI range).
 */
record SwxContext(
    Vertx vertx, String originHost, String realm, SwxStore store, HssMetrics metrics) {}
