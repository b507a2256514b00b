package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.Deadline;

/**
 * The Cx identity lookups (IMPI, and IMPU when given) of one event-loop context, sent together: the
 * lookups asked during a turn of the loop (or while two batches are in flight) leave as one
 * statement ({@link TurnBatch}; PostgreSQL pays its per-statement costs, round trip, wake-up,
 * snapshot, executor start, once for all of them). Each lookup gets the rows a lookup of its own
 * would have returned, in the same order. Use from its context only ({@link ImsStore} keeps one per
 * event-loop context).
 */
final class IdentityLookups {
  /**
   * Rows per request: one per public identity of the IMPI (or one with no IMPU), ordered by IMPU.
   */
  static final String BY_IMPIS =
      "WITH r AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY "
          + "AS t(impi, impu, n)) SELECT r.n, "
          + PgImsStore.COLUMNS
          + ", "
          + "(SELECT q.imsi FROM ims_public_identities q WHERE q.impu = r.impu) AS impu_owner "
          + "FROM r JOIN ims_identities i ON i.impi = r.impi "
          + PgImsStore.JOINS
          + "ORDER BY r.n, p.impu";

  private static final int MAX_BATCH = 256;

  private record Pending(String impi, String impu, Promise<List<Row>> rows, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      rows.tryFail(failure);
    }
  }

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  IdentityLookups(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, budget, this::send);
  }

  /** The rows for {@code impi} (and the owner of {@code impu}, which may be null). */
  Future<List<Row>> rows(String impi, String impu, Deadline deadline) {
    Promise<List<Row>> rows = Promise.promise();
    batch.add(new Pending(impi, impu, rows, deadline));
    return rows.future();
  }

  private Future<?> send(List<Pending> batch) {
    String[] impis = new String[batch.size()];
    String[] impus = new String[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      impis[i] = batch.get(i).impi();
      impus[i] = batch.get(i).impu();
    }
    return pool.preparedQuery(BY_IMPIS)
        .execute(Tuple.tuple().addArrayOfString(impis).addArrayOfString(impus))
        .onFailure(failure -> batch.forEach(p -> p.rows().tryFail(failure)))
        .onSuccess(
            result -> {
              List<List<Row>> byRequest = new ArrayList<>(batch.size());
              for (int i = 0; i < batch.size(); i++) {
                byRequest.add(new ArrayList<>(1));
              }
              for (Row row : result) {
                byRequest.get((int) (row.getLong("n") - 1)).add(row);
              }
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).rows().tryComplete(byRequest.get(i));
              }
            });
  }
}
