package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.reactivehss.bus.Deadline;

/**
 * The Purge-UEs (TS 29.272 §5.2.1.3) of one event-loop context, written together: those asked
 * during a turn of the loop (or while two batches are in flight) are one statement and one commit
 * ({@link TurnBatch}) instead of one each; after an MME restart or a mass detach the PURs come in a
 * storm, and the commit, not the row, is what each cost. Each PUR gets what its own statement
 * gives: which registrations its node held (§5.2.1.3.3: only the registered node's "UE purged" flag
 * is set, a purge from the SGSN leaves the MME registration alone and the other way round), or null
 * for an unknown subscriber. A purge changes no serving node, so two PURs for one IMSI in a batch
 * answer as in either order, and the flags set are those of both. The "locked" CTE takes the row
 * locks in IMSI order before anything is written, so batches of two loops (and {@link
 * LocationUpdates}, which locks in the same order) queue instead of deadlocking. Every PUR of a
 * batch completes when the batch has committed. Use from its context only ({@link S6aStore} keeps
 * one per context).
 */
final class Purges {
  /** One purge (off an event loop): tells which registrations {@code $2} held. */
  static final String PURGE =
      "UPDATE subscribers SET purged_by_mme = purged_by_mme "
          + "OR lower(serving_mme_host) IS NOT DISTINCT FROM lower($2), "
          + "purged_by_sgsn = purged_by_sgsn "
          + "OR lower(serving_sgsn_host) IS NOT DISTINCT FROM lower($2) WHERE imsi = $1 "
          + "RETURNING lower(serving_mme_host) IS NOT DISTINCT FROM lower($2), "
          + "lower(serving_sgsn_host) IS NOT DISTINCT FROM lower($2)";

  /**
   * A batch: row n of the result answers the n-th purge (none for an unknown IMSI); a subscriber is
   * written only when one of its purges held a registration.
   */
  static final String PURGE_MANY =
      "WITH b AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(imsi, host, n)), "
          + "locked AS (SELECT imsi, lower(serving_mme_host) AS mme_host, "
          + "lower(serving_sgsn_host) AS sgsn_host FROM subscribers WHERE imsi = ANY($1) "
          + "ORDER BY imsi FOR UPDATE), "
          + "held AS (SELECT b.n, b.imsi, l.mme_host IS NOT DISTINCT FROM lower(b.host) AS mme, "
          + "l.sgsn_host IS NOT DISTINCT FROM lower(b.host) AS sgsn FROM b JOIN locked l USING (imsi)), "
          + "purged AS (UPDATE subscribers s SET purged_by_mme = s.purged_by_mme OR h.mme, "
          + "purged_by_sgsn = s.purged_by_sgsn OR h.sgsn FROM (SELECT imsi, bool_or(mme) AS mme, "
          + "bool_or(sgsn) AS sgsn FROM held GROUP BY imsi) h "
          + "WHERE s.imsi = h.imsi AND (h.mme OR h.sgsn)) "
          + "SELECT n, mme, sgsn FROM held";

  private static final int MAX_BATCH = 256;

  private record Pending(
      String imsi, String host, Promise<S6aStore.Purged> purged, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      purged.tryFail(failure);
    }
  }

  private final TurnBatch<Pending> batch;
  private final Pool pool;

  Purges(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, budget, this::send);
  }

  /** Completes with null when the subscriber is unknown. */
  Future<S6aStore.Purged> purge(String imsi, String host, Deadline deadline) {
    if (!PgText.storable(imsi) || !PgText.storable(host)) {
      // PostgreSQL refuses such a value: its failure stays this PUR's, not the batch's
      return once(pool, imsi, host);
    }
    Promise<S6aStore.Purged> purged = Promise.promise();
    batch.add(new Pending(imsi, host, purged, deadline));
    return purged.future();
  }

  private Future<?> send(List<Pending> batch) {
    Tuple args =
        Tuple.tuple()
            .addArrayOfString(batch.stream().map(Pending::imsi).toArray(String[]::new))
            .addArrayOfString(batch.stream().map(Pending::host).toArray(String[]::new));
    return pool.preparedQuery(PURGE_MANY)
        .execute(args)
        .onFailure(failure -> batch.forEach(p -> p.fail(failure)))
        .onSuccess(
            rows -> {
              S6aStore.Purged[] purged = new S6aStore.Purged[batch.size()];
              for (Row r : rows) {
                purged[(int) (r.getLong(0) - 1)] =
                    new S6aStore.Purged(r.getBoolean(1), r.getBoolean(2));
              }
              for (int i = 0; i < purged.length; i++) {
                batch.get(i).purged().tryComplete(purged[i]);
              }
            });
  }

  /** One purge in a statement of its own. */
  static Future<S6aStore.Purged> once(Pool pool, String imsi, String host) {
    return pool.preparedQuery(PURGE).execute(Tuple.of(imsi, host)).map(Purges::first);
  }

  private static S6aStore.Purged first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row r = rows.iterator().next();
    return new S6aStore.Purged(r.getBoolean(0), r.getBoolean(1));
  }
}
