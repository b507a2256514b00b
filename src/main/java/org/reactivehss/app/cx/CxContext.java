package org.reactivehss.app.cx;

import io.vertx.core.Vertx;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.ImsStore;

/**
 * What every Cx handler needs: this HSS's identity, the Cx options, the IMS store and the iFC
 * template already read from disk (so no handler touches the file system).
 *
 * @param ifcTemplate the InitialFilterCriteria fragment with {@code ${impu}} placeholders, or ""
 *     for none
 * @param metrics where a handler reports that the auth verticles did not reply in time
 */
record CxContext(
    Vertx vertx,
    String originHost,
    String realm,
    CxOptions options,
    ImsStore store,
    String ifcTemplate,
    HssMetrics metrics) {}
