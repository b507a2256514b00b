package org.reactivehss;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.store.Storage;

/**
 * A started HSS: what tests and the shutdown hook need.
 *
 * @param storage null when only the Diameter layer was started
 * @param httpPort the HTTP port actually bound, or -1 when no HTTP server runs
 */
public record RunningHss(Vertx vertx, PeerTable peers, Storage storage, int httpPort) {

  /**
   * Orderly stop: DPR to every peer (RFC 6733 §5.4), then the database (its pool and the embedded
   * PostgreSQL need Vert.x to close), then Vert.x.
   */
  public Future<Void> stop() {
    return peers
        .disconnectAll()
        .transform(v -> storage == null ? Future.succeededFuture() : storage.close())
        .transform(v -> vertx.close());
  }
}
