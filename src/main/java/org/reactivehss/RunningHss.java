package org.reactivehss;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.store.Partitions;
import org.reactivehss.store.Storage;

/**
 * A started HSS: what tests and the shutdown hook need.
 *
 * @param storage null when only the Diameter layer was started; with db.partitions the first
 *     partition's
 * @param httpPort the HTTP port actually bound, or -1 when no HTTP server runs
 * @param partitions every database (one unless db.partitions is set), or null with no storage
 */
public record RunningHss(
    Vertx vertx, PeerTable peers, Storage storage, int httpPort, Partitions partitions) {

  public RunningHss(Vertx vertx, PeerTable peers, Storage storage, int httpPort) {
    this(vertx, peers, storage, httpPort, storage == null ? null : Partitions.single(storage));
  }

  /**
   * Orderly stop: DPR to every peer (RFC 6733 §5.4), then the database (its pool and the embedded
   * PostgreSQL need Vert.x to close), then Vert.x.
   */
  public Future<Void> stop() {
    return peers
        .disconnectAll()
        .transform(v -> partitions == null ? Future.succeededFuture() : partitions.close())
        .transform(v -> vertx.close());
  }
}
