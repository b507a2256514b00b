package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.ShRepository;
import org.reactivehss.store.ShStore;
import org.reactivehss.store.ShSubscriptions;

/**
 * What the Sh verticles are deployed with. The iFC template ({@code cx.ifc-template}) is read when
 * a verticle starts, through the asynchronous file system, never on a request path: Sh serves the
 * same InitialFilterCriteria that Cx gives the S-CSCF.
 */
public record ShRuntime(
    String originHost,
    String realm,
    ShOptions options,
    String ifcTemplatePath,
    ShStore store,
    ShRepository repository,
    ShSubscriptions subscriptions,
    HssMetrics metrics,
    HssRequests requests) {

  Future<ShContext> context(Vertx vertx) {
    Future<String> template =
        ifcTemplatePath == null || ifcTemplatePath.isEmpty()
            ? Future.succeededFuture("")
            : vertx
                .fileSystem()
                .readFile(ifcTemplatePath)
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8).trim());
    return template.map(
        text ->
            new ShContext(
                vertx,
                originHost,
                realm,
                options,
                store,
                repository,
                subscriptions,
                text,
                metrics,
                requests));
  }
}
