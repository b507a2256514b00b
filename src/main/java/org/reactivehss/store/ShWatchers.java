package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reactivehss.bus.Deadline;

/**
 * Who watches the subscribers whose data changed (TS 29.328 §6.1.4): the changes of one turn of an
 * event loop read together ({@link TurnBatch}). Every Server-Assignment that registers or
 * deregisters a user is such a change, so in a registration storm this was one statement per SAR,
 * about half of PostgreSQL's statements in the IMS registration flow (benchmarks/RESULTS.md). The
 * statement reads the live subscriptions of every subscriber of the batch and removes their expired
 * ones; each change then keeps, in Java, what a statement of its own would have returned: the
 * Data-References it concerns, and the identity and Service-Indication when it names them.
 */
final class ShWatchers {
  /**
   * The CTE's DELETE is not seen by the SELECT (one snapshot), hence its own expiry condition.
   * Order as the PNRs are grouped: by AS, identity, Data-Reference.
   */
  static final String OF_SUBSCRIBERS =
      "WITH expired AS (DELETE FROM sh_subscriptions WHERE imsi = ANY($1) AND expires_at <= now())"
          + " SELECT imsi, identity, origin_host, origin_realm, data_reference, service_indication"
          + " FROM sh_subscriptions WHERE imsi = ANY($1) AND (expires_at IS NULL OR expires_at > now())"
          + " ORDER BY origin_host, identity, data_reference";

  private static final int MAX_BATCH = 256;

  /** One change: whose data, which Data-References, and for which identity and indication. */
  record Change(
      String imsi,
      Set<ShDataReference> references,
      String identity,
      String serviceIndication,
      Promise<List<ShSubscription>> watchers,
      Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      watchers.tryFail(failure);
    }

    boolean watchedBy(Row row) {
      return references.contains(ShDataReference.byCode(row.getShort(4)))
          && (identity == null || identity.equals(row.getString(1)))
          && (serviceIndication == null || serviceIndication.equals(row.getString(5)));
    }
  }

  private final Pool pool;
  private final TurnBatch<Change> batch;

  ShWatchers(Context context, Pool pool) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, changes -> read(pool, changes));
  }

  Future<List<ShSubscription>> watchers(Change change) {
    batch.add(change);
    return change.watchers().future();
  }

  /** {@code changes} in one statement, off any event loop too (a batch of one). */
  static Future<?> read(Pool pool, List<Change> changes) {
    String[] imsis = changes.stream().map(Change::imsi).distinct().toArray(String[]::new);
    return pool.preparedQuery(OF_SUBSCRIBERS)
        .execute(Tuple.tuple().addArrayOfString(imsis))
        .onFailure(failure -> changes.forEach(change -> change.fail(failure)))
        .onSuccess(
            rows -> changes.forEach(change -> change.watchers().tryComplete(of(change, rows))));
  }

  private static List<ShSubscription> of(Change change, RowSet<Row> rows) {
    List<ShSubscription> found = new ArrayList<>();
    for (Row row : rows) {
      if (change.imsi().equals(row.getString(0)) && change.watchedBy(row)) {
        found.add(
            new ShSubscription(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                ShDataReference.byCode(row.getShort(4)),
                row.getString(5)));
      }
    }
    return found;
  }
}
