package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reactivehss.bus.Deadline;

/**
 * The S-CSCF names that MARs of one event-loop context store (TS 29.228 §6.3.1), written together:
 * those asked during a turn of the loop (or while two batches are in flight) are one UPDATE and one
 * commit ({@link TurnBatch}). In a registration storm nearly every MAR is a user's first and stores
 * a name; one commit per MAR made them the cost of the storm. Within a batch the last name asked
 * for an IMSI wins, as it would with one statement each in arrival order; the "locked" CTE takes
 * the row locks in IMSI order, so concurrent batches queue behind each other instead of
 * deadlocking. Every MAR of a batch completes when the batch has committed. Use from its context
 * only ({@link ImsStore} keeps one per context).
 */
final class AuthenticatingServers {
  /**
   * Pending unless one of the IMPI's public identities is already (un)registered, as for one MAR.
   */
  static final String STORE_MANY =
      "WITH b AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t(imsi, name)), "
          + "locked AS (SELECT imsi FROM ims_identities WHERE imsi IN (SELECT imsi FROM b) ORDER BY imsi FOR UPDATE) "
          + "UPDATE ims_identities i SET scscf_name = b.name, scscf_auth_pending = NOT EXISTS (SELECT 1 FROM "
          + "ims_public_identities p WHERE p.imsi = b.imsi AND p.registration_state <> 'not_registered') "
          + "FROM b JOIN locked USING (imsi) WHERE i.imsi = b.imsi";

  private static final int MAX_BATCH = 256;

  private record Pending(String imsi, String serverName, Promise<Void> stored, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      stored.tryFail(failure);
    }
  }

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  AuthenticatingServers(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, budget, this::send);
  }

  Future<Void> store(String imsi, String serverName, Deadline deadline) {
    Promise<Void> stored = Promise.promise();
    batch.add(new Pending(imsi, serverName, stored, deadline));
    return stored.future();
  }

  private Future<?> send(List<Pending> batch) {
    Map<String, String> lastByImsi = new TreeMap<>();
    batch.forEach(p -> lastByImsi.put(p.imsi(), p.serverName()));
    Tuple args =
        Tuple.tuple()
            .addArrayOfString(lastByImsi.keySet().toArray(String[]::new))
            .addArrayOfString(lastByImsi.values().toArray(String[]::new));
    return pool.preparedQuery(STORE_MANY)
        .execute(args)
        .onFailure(failure -> batch.forEach(p -> p.stored().tryFail(failure)))
        .onSuccess(done -> batch.forEach(p -> p.stored().tryComplete()));
  }
}
