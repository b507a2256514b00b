package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reactivehss.bus.Deadline;

/**
 * The Server-Assignments (TS 29.228 §6.1.2) of one event-loop context, written together: the
 * registration states and S-CSCF names that SARs set during a turn of the loop (or while two
 * batches are in flight) are one statement and one commit ({@link TurnBatch}). One commit per SAR
 * made a WAL flush the price of every registration. Each subscriber's whole implicit registration
 * set takes its state, as with one statement per SAR; within a batch the last assignment asked for
 * an IMSI wins, as it would in arrival order. The "locked" CTE takes the ims_identities row locks
 * in IMSI order before any public identity is touched, so concurrent batches (and MAR's {@link
 * AuthenticatingServers}) queue behind each other instead of deadlocking. Every SAR of a batch
 * completes when the batch has committed. Use from its context only ({@link ImsStore} keeps one per
 * context).
 */
final class ServerAssignments {
  static final String ASSIGN_MANY =
      "WITH b AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS t(imsi, name, state)), "
          + "locked AS (SELECT imsi FROM ims_identities WHERE imsi IN (SELECT imsi FROM b) "
          + "ORDER BY imsi FOR UPDATE), "
          + "i AS (UPDATE ims_identities n SET scscf_name = b.name, scscf_auth_pending = false "
          + "FROM b JOIN locked USING (imsi) WHERE n.imsi = b.imsi RETURNING n.imsi, b.state) "
          + "UPDATE ims_public_identities p SET registration_state = i.state FROM i "
          + "WHERE p.imsi = i.imsi";

  private static final int MAX_BATCH = 256;

  private record Pending(
      String imsi, String scscfName, RegistrationState state, Promise<Void> done, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      done.tryFail(failure);
    }
  }

  private record Assignment(String scscfName, RegistrationState state) {}

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  ServerAssignments(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, 2, budget, this::send);
  }

  /** {@code scscfName} null clears the name (a deregistration). */
  Future<Void> assign(String imsi, RegistrationState state, String scscfName, Deadline deadline) {
    Promise<Void> done = Promise.promise();
    batch.add(new Pending(imsi, scscfName, state, done, deadline));
    return done.future();
  }

  private Future<?> send(List<Pending> batch) {
    Map<String, Assignment> lastByImsi = new TreeMap<>();
    batch.forEach(p -> lastByImsi.put(p.imsi(), new Assignment(p.scscfName(), p.state())));
    List<String> names = new ArrayList<>(lastByImsi.size());
    List<String> states = new ArrayList<>(lastByImsi.size());
    lastByImsi.values().forEach(a -> names.add(a.scscfName()));
    lastByImsi.values().forEach(a -> states.add(a.state().sql()));
    Tuple args =
        Tuple.tuple()
            .addArrayOfString(lastByImsi.keySet().toArray(String[]::new))
            .addArrayOfString(names.toArray(String[]::new))
            .addArrayOfString(states.toArray(String[]::new));
    return pool.preparedQuery(ASSIGN_MANY)
        .execute(args)
        .onFailure(failure -> batch.forEach(p -> p.done().tryFail(failure)))
        .onSuccess(done -> batch.forEach(p -> p.done().tryComplete()));
  }
}
