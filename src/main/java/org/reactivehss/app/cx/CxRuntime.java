package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.ImsStore;

/**
 * What the Cx verticles are deployed with; {@code metrics} counts auth bus timeouts of MAR. The iFC
 * template is read when a verticle starts, through the asynchronous file system, never on a request
 * path.
 */
public record CxRuntime(
    String originHost, String realm, CxOptions options, ImsStore store, HssMetrics metrics) {

  Future<CxContext> context(Vertx vertx) {
    Future<String> template =
        options.ifcTemplate().isEmpty()
            ? Future.succeededFuture("")
            : vertx
                .fileSystem()
                .readFile(options.ifcTemplate())
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8).trim())
                .recover(
                    failure ->
                        Future.failedFuture(
                            "cx.ifc-template "
                                + options.ifcTemplate()
                                + " cannot be read: "
                                + failure.getMessage()));
    return template.map(
        text -> new CxContext(vertx, originHost, realm, options, store, text, metrics));
  }
}
