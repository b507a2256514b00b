package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.reactivehss.bus.Deadline;

/**
 * The Notifies (TS 29.272 §5.2.5.1) of one event-loop context, written together like {@link
 * Purges}: those asked during a turn of the loop (or while two batches are in flight) are one
 * statement and one commit ({@link TurnBatch}). Each NOR gets what its own statement gives: whether
 * its node is the registered MME or SGSN (§5.2.5.1.3: only then is its Terminal-Information
 * stored), or null for an unknown subscriber. A notification changes no serving node, so NORs for
 * one IMSI in a batch answer as in arrival order, and the IMEI and Software-Version stored are the
 * last ones given by a registered node, each on its own, as with one statement each. The "locked"
 * CTE takes the row locks in IMSI order first, so batches of two loops queue instead of
 * deadlocking. Every NOR of a batch completes when the batch has committed. Use from its context
 * only ({@link S6aStore} keeps one per context).
 */
final class Notifications {
  private static final String SERVING =
      "(lower(serving_mme_host) = lower($2) OR lower(serving_sgsn_host) = lower($2))";

  /** One notification (off an event loop); tells whether {@code $2} is a registered node. */
  static final String NOTIFY =
      "UPDATE subscribers SET "
          + "imei = CASE WHEN "
          + SERVING
          + " THEN COALESCE($3, imei) ELSE imei END, "
          + "software_version = CASE WHEN "
          + SERVING
          + " THEN COALESCE($4, software_version) ELSE software_version END WHERE imsi = $1 "
          + "RETURNING COALESCE("
          + SERVING
          + ", false)";

  /**
   * A batch: row n of the result answers the n-th notification (none for an unknown IMSI); a
   * subscriber is written only when a registered node gave it a value.
   */
  static final String NOTIFY_MANY =
      "WITH b AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) "
          + "WITH ORDINALITY AS t(imsi, host, imei, sv, n)), "
          + "locked AS (SELECT imsi, lower(serving_mme_host) AS mme_host, "
          + "lower(serving_sgsn_host) AS sgsn_host FROM subscribers WHERE imsi = ANY($1) "
          + "ORDER BY imsi FOR UPDATE), "
          + "served AS (SELECT b.n, b.imsi, b.imei, b.sv, COALESCE(l.mme_host = lower(b.host) "
          + "OR l.sgsn_host = lower(b.host), false) AS serving FROM b JOIN locked l USING (imsi)), "
          + "stored AS (UPDATE subscribers s SET imei = COALESCE(t.imei, s.imei), "
          + "software_version = COALESCE(t.sv, s.software_version) FROM (SELECT imsi, "
          + "(array_agg(imei ORDER BY n DESC) FILTER (WHERE imei IS NOT NULL))[1] AS imei, "
          + "(array_agg(sv ORDER BY n DESC) FILTER (WHERE sv IS NOT NULL))[1] AS sv "
          + "FROM served WHERE serving GROUP BY imsi) t "
          + "WHERE s.imsi = t.imsi AND (t.imei IS NOT NULL OR t.sv IS NOT NULL)) "
          + "SELECT n, serving FROM served";

  private static final int MAX_BATCH = 256;

  private record Pending(
      String imsi,
      String host,
      String imei,
      String softwareVersion,
      Promise<Boolean> serving,
      Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      serving.tryFail(failure);
    }
  }

  private final TurnBatch<Pending> batch;
  private final Pool pool;

  Notifications(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, budget, this::send);
  }

  /** Completes with whether {@code host} is a registered node, or null when unknown. */
  Future<Boolean> notify(
      String imsi, String host, String imei, String softwareVersion, Deadline deadline) {
    if (!PgText.storable(imsi)
        || !PgText.storable(host)
        || !PgText.storable(imei)
        || !PgText.storable(softwareVersion)) {
      // PostgreSQL refuses such a value: its failure stays this NOR's, not the batch's
      return once(pool, imsi, host, imei, softwareVersion);
    }
    Promise<Boolean> serving = Promise.promise();
    batch.add(new Pending(imsi, host, imei, softwareVersion, serving, deadline));
    return serving.future();
  }

  private Future<?> send(List<Pending> batch) {
    Tuple args =
        Tuple.tuple()
            .addArrayOfString(batch.stream().map(Pending::imsi).toArray(String[]::new))
            .addArrayOfString(batch.stream().map(Pending::host).toArray(String[]::new))
            .addArrayOfString(batch.stream().map(Pending::imei).toArray(String[]::new))
            .addArrayOfString(batch.stream().map(Pending::softwareVersion).toArray(String[]::new));
    return pool.preparedQuery(NOTIFY_MANY)
        .execute(args)
        .onFailure(failure -> batch.forEach(p -> p.fail(failure)))
        .onSuccess(
            rows -> {
              Boolean[] serving = new Boolean[batch.size()];
              for (Row r : rows) {
                serving[(int) (r.getLong(0) - 1)] = r.getBoolean(1);
              }
              for (int i = 0; i < serving.length; i++) {
                batch.get(i).serving().tryComplete(serving[i]);
              }
            });
  }

  /** One notification in a statement of its own. */
  static Future<Boolean> once(
      Pool pool, String imsi, String host, String imei, String softwareVersion) {
    return pool.preparedQuery(NOTIFY)
        .execute(Tuple.of(imsi, host, imei, softwareVersion))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBoolean(0));
  }
}
