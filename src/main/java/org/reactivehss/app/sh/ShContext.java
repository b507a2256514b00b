package org.reactivehss.app.sh;

import io.vertx.core.Vertx;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.ShRepository;
import org.reactivehss.store.ShStore;
import org.reactivehss.store.ShSubscriptions;

/**
 * What every Sh handler needs: this HSS's identity, the Sh options, the stores and the Cx iFC
 * template already read from disk (so no handler touches the file system), and the delivery of
 * requests to other nodes (IDR to the serving MME for location and user state).
 *
 * @param ifcTemplate the InitialFilterCriteria fragment with {@code ${impu}} placeholders that Cx
 *     puts in generated IMS subscriptions, or ""
 */
record ShContext(
    Vertx vertx,
    String originHost,
    String realm,
    ShOptions options,
    ShStore store,
    ShRepository repository,
    ShSubscriptions subscriptions,
    String ifcTemplate,
    HssMetrics metrics,
    HssRequests requests) {}
