package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Which replica holds which Diameter peer (docs/scale-out.md). Each replica writes its heartbeat
 * and the Origin-Hosts it holds open; a replica whose heartbeat is older than {@code staleMs}
 * counts as gone: its peers are not chosen, and its rows are removed by whichever replica beats
 * next.
 */
public final class ReplicaDirectory {
  private static final String BEAT =
      "INSERT INTO replicas (replica_id, seen_at) VALUES ($1, now())"
          + " ON CONFLICT (replica_id) DO UPDATE SET seen_at = now()";

  /** The replica's whole set, replaced in one statement: what closed goes, what opened comes. */
  private static final String ANNOUNCE =
      "WITH gone AS (DELETE FROM replica_peers WHERE replica_id = $1 AND peer_key <> ALL($2))"
          + " INSERT INTO replica_peers (peer_key, replica_id) SELECT unnest($2::text[]), $1"
          + " ON CONFLICT DO NOTHING";

  private static final String FORGET_STALE =
      "DELETE FROM replicas WHERE seen_at < now() - $1 * interval '1 millisecond'";

  private static final String LIVE =
      "SELECT count(*) FROM replicas WHERE seen_at > now() - $1 * interval '1 millisecond'";

  private static final String LEAVE = "DELETE FROM replicas WHERE replica_id = $1";

  private final Pool pool;
  private final long timeoutMs;

  public ReplicaDirectory(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /**
   * Heartbeat of {@code replica} holding {@code peerKeys} open; also removes replicas silent for
   * {@code staleMs} (their peers with them); the number of live replicas, this one included.
   */
  public Future<Integer> announce(String replica, List<String> peerKeys, long staleMs) {
    String[] keys = peerKeys.toArray(String[]::new);
    return pool.withTransaction(
            c ->
                c.preparedQuery(BEAT)
                    .execute(Tuple.of(replica))
                    .compose(
                        r ->
                            c.preparedQuery(ANNOUNCE)
                                .execute(Tuple.tuple().addString(replica).addArrayOfString(keys)))
                    .compose(r -> c.preparedQuery(FORGET_STALE).execute(Tuple.of(staleMs)))
                    .compose(r -> c.preparedQuery(LIVE).execute(Tuple.of(staleMs))))
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .map(rows -> rows.iterator().next().getLong(0).intValue())
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  /** An orderly stop: the replica's peers are no longer offered to the others. */
  public Future<Void> leave(String replica) {
    return pool.preparedQuery(LEAVE)
        .execute(Tuple.of(replica))
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .<Void>mapEmpty()
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
