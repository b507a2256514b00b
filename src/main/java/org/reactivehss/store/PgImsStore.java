package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.reactivehss.bus.Deadline;
import org.reactivehss.metrics.StorageQueue;

/**
 * Cx state in PostgreSQL: identity lookups and the S-CSCF assignment / registration-state changes
 * of TS 29.228 §6.1.2 and §6.3. Every call is one statement on the pool (non-blocking, safe from
 * any context); on an event loop, identity lookups, MAR's S-CSCF writes and SAR's assignments share
 * a statement with the others of the loop ({@link IdentityLookups}, {@link AuthenticatingServers},
 * {@link ServerAssignments}). Every write is atomic and durable before its future completes, so
 * replicas and restarts agree. Failures arrive as {@link org.reactivehss.failure.HssFailure}
 * (CxOutcomes decides the answer). The calls a Diameter request makes take its {@link Deadline}:
 * once it has passed, they fail with TIMED_OUT and do no database work.
 */
public final class PgImsStore implements ImsStore {
  static final String COLUMNS =
      "i.imsi, i.impi, i.scscf_name, i.scscf_auth_pending, "
          + "i.service_profile, s.roaming_allowed, p.impu, p.registration_state, p.barred";
  static final String JOINS =
      "JOIN subscribers s ON s.imsi = i.imsi "
          + "LEFT JOIN ims_public_identities p ON p.imsi = i.imsi ";
  private static final String FROM = " FROM ims_identities i " + JOINS;
  private static final String OWNER_OF =
      "(SELECT q.imsi FROM ims_public_identities q WHERE q.impu = $2::text)";
  private static final String BY_IMPI =
      "SELECT "
          + COLUMNS
          + ", "
          + OWNER_OF
          + " AS impu_owner"
          + FROM
          + "WHERE i.impi = $1 ORDER BY p.impu";
  private static final String BY_IMPU =
      "SELECT "
          + COLUMNS
          + FROM
          + "WHERE i.imsi = (SELECT q.imsi FROM ims_public_identities q WHERE q.impu = $1) ORDER BY p.impu";

  /**
   * TS 29.228 §6.3: the S-CSCF is stored; pending unless the set is already (un)registered there.
   */
  private static final String AUTHENTICATING =
      "UPDATE ims_identities SET scscf_name = $2, "
          + "scscf_auth_pending = NOT EXISTS (SELECT 1 FROM ims_public_identities WHERE imsi = $1 "
          + "AND registration_state <> 'not_registered') WHERE imsi = $1";

  /** The whole implicit registration set and its S-CSCF in one statement. */
  private static final String ASSIGN =
      "WITH i AS (UPDATE ims_identities SET scscf_name = $2, "
          + "scscf_auth_pending = false WHERE imsi = $1 RETURNING imsi) "
          + "UPDATE ims_public_identities p SET registration_state = $3 FROM i WHERE p.imsi = i.imsi";

  private static final String ABANDON =
      "UPDATE ims_identities SET scscf_name = CASE WHEN scscf_auth_pending "
          + "THEN NULL ELSE scscf_name END, scscf_auth_pending = false WHERE imsi = $1";

  /** Administrative deregistration; the locked row {@code o} is the one before the change. */
  private static final String DEREGISTER =
      "WITH o AS (SELECT imsi, scscf_name FROM ims_identities "
          + "WHERE imsi = $1 FOR UPDATE), "
          + "u AS (UPDATE ims_public_identities SET registration_state = 'not_registered' WHERE imsi = $1) "
          + "UPDATE ims_identities n SET scscf_name = NULL, scscf_auth_pending = false FROM o "
          + "WHERE n.imsi = o.imsi RETURNING n.impi, o.scscf_name";

  private final Pool pool;
  private final long timeoutMs;
  // a field, not a lambda at each call: the request path allocates nothing to find its batches
  private final Function<Context, OnLoop> newLoop;

  public PgImsStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
    this.newLoop =
        c ->
            new OnLoop(
                new IdentityLookups(c, pool, QueueBudget.of(storage, StorageQueue.IMS_LOOKUPS)),
                new AuthenticatingServers(
                    c, pool, QueueBudget.of(storage, StorageQueue.AUTHENTICATING_SERVERS)),
                new ServerAssignments(
                    c, pool, QueueBudget.of(storage, StorageQueue.SERVER_ASSIGNMENTS)));
  }

  /**
   * A request naming both identities (UAR, MAR, SAR); {@code impu} may be null (SAR with User-Name
   * only). On an event loop the lookup joins the others of the loop's turn ({@link
   * IdentityLookups}).
   */
  @Override
  public Future<ImsLookup> byIdentities(String impi, String impu, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    Future<List<Row>> rows =
        loop != null
            ? loop.lookups().rows(impi, impu, deadline)
            : pool.preparedQuery(BY_IMPI).execute(Tuple.of(impi, impu)).map(PgImsStore::list);
    return bounded(rows.map(found -> lookup(found, impu)));
  }

  /** The batches of the calling event loop (created on first use), or null off any event loop. */
  private OnLoop onThisLoop() {
    return PerEventLoop.get(this, newLoop);
  }

  /**
   * What this store batches on one event loop: reads, MAR's S-CSCF writes and SAR's assignments of
   * a turn, each one statement.
   */
  private record OnLoop(
      IdentityLookups lookups, AuthenticatingServers servers, ServerAssignments assignments) {}

  private static List<Row> list(RowSet<Row> rows) {
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach(list::add);
    return list;
  }

  /**
   * TS 29.228 §6.1.1.1 / §6.3.1 identity checks: 5001 unknown, 5002 identities of two subscribers.
   */
  private static ImsLookup lookup(List<Row> rows, String impu) {
    if (rows.isEmpty()) {
      return ImsLookup.unknown();
    }
    if (impu != null) {
      String owner = rows.get(0).getString("impu_owner");
      if (owner == null) {
        return ImsLookup.unknown();
      }
      if (!owner.equals(rows.get(0).getString("imsi"))) {
        return ImsLookup.mismatch(rows.get(0).getString("imsi"), owner);
      }
    }
    return ImsLookup.found(subscription(rows));
  }

  /** A request naming the public identity only (LIR, SAR without User-Name). */
  @Override
  public Future<ImsLookup> byPublicIdentity(String impu, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(BY_IMPU)
            .execute(Tuple.of(impu))
            .map(
                rows ->
                    rows.size() == 0 ? ImsLookup.unknown() : ImsLookup.found(subscription(rows))));
  }

  /**
   * MAR: remember the S-CSCF that is authenticating the user (TS 29.228 §6.3.1). On an event loop
   * the write joins the others of the loop's turn ({@link AuthenticatingServers}).
   */
  @Override
  public Future<Void> storeAuthenticatingServer(String imsi, String serverName, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    return bounded(
        loop != null
            ? loop.servers().store(imsi, serverName, deadline)
            : pool.preparedQuery(AUTHENTICATING).execute(Tuple.of(imsi, serverName)).mapEmpty());
  }

  /**
   * SAR: the whole implicit registration set takes {@code state}; {@code scscfName} null clears it.
   * On an event loop the write joins the others of the loop's turn ({@link ServerAssignments}).
   */
  @Override
  public Future<Void> assign(
      String imsi, RegistrationState state, String scscfName, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    return bounded(
        loop != null
            ? loop.assignments().assign(imsi, state, scscfName, deadline)
            : pool.preparedQuery(ASSIGN)
                .execute(Tuple.of(imsi, scscfName, state.sql()))
                .mapEmpty());
  }

  /** SAR AUTHENTICATION_FAILURE / _TIMEOUT: forget an S-CSCF name that only a MAR had stored. */
  @Override
  public Future<Void> abandonPendingAuthentication(String imsi, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(pool.preparedQuery(ABANDON).execute(Tuple.of(imsi)).mapEmpty());
  }

  /**
   * Administrative deregistration: every IMPU not registered, no S-CSCF. Completes with the IMPI
   * and the S-CSCF that was assigned (to send it RTR), or null when the subscriber has no IMS
   * subscription.
   */
  @Override
  public Future<Deregistered> deregister(String imsi) {
    return bounded(
        pool.preparedQuery(DEREGISTER)
            .execute(Tuple.of(imsi))
            .map(
                rows -> {
                  if (rows.size() == 0) {
                    return null;
                  }
                  Row row = rows.iterator().next();
                  return new Deregistered(row.getString("impi"), row.getString("scscf_name"));
                }));
  }

  private static ImsSubscription subscription(Iterable<Row> rows) {
    Row first = rows.iterator().next();
    List<ImsSubscription.PublicIdentity> impus = new ArrayList<>();
    for (Row row : rows) {
      if (row.getString("impu") != null) {
        impus.add(
            new ImsSubscription.PublicIdentity(
                row.getString("impu"),
                RegistrationState.fromSql(row.getString("registration_state")),
                row.getBoolean("barred")));
      }
    }
    return new ImsSubscription(
        first.getString("imsi"),
        first.getString("impi"),
        first.getString("scscf_name"),
        first.getBoolean("scscf_auth_pending"),
        first.getString("service_profile"),
        first.getBoolean("roaming_allowed"),
        impus);
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
