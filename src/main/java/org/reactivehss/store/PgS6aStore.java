package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.reactivehss.bus.Deadline;
import org.reactivehss.metrics.StorageQueue;

/**
 * The S6a application state in one PostgreSQL database ({@link S6aStore}) (never only in memory, so
 * replicas and restarts agree): serving MME and SGSN, purge flags, whether each holds the current
 * data, terminal information, and the profile sent as Subscription-Data. Every operation is one
 * transaction (on an event loop, Update-Locations, Purge-UEs and Notifies share one with the others
 * of their kind asked in the same turn of the loop: {@link LocationUpdates}, {@link Purges}, {@link
 * Notifications}); failures complete with an {@link org.reactivehss.failure.HssFailure}. The calls
 * a ULR, PUR or NOR makes take its {@link Deadline}: once it has passed, they fail with TIMED_OUT
 * and do no database work.
 */
public final class PgS6aStore implements S6aStore {
  static final String PROFILE_COLUMNS =
      "msisdn, status, ambr_ul, ambr_dl, access_restriction, "
          + "roaming_allowed, serving_mme_host, serving_mme_realm, serving_sgsn_host, "
          + "serving_sgsn_realm, mme_data_current, sgsn_data_current";
  static final String APN_COLUMNS =
      "apn, context_id, is_default, pdn_type, qci, arp_priority, "
          + "arp_preemption_capable, arp_preemption_vulnerable, ambr_ul, ambr_dl";
  private static final String PROFILE =
      "SELECT " + PROFILE_COLUMNS + " FROM subscribers WHERE imsi = $1";
  private static final String APNS =
      "SELECT " + APN_COLUMNS + " FROM subscriber_apns " + "WHERE imsi = $1 ORDER BY context_id";

  /**
   * A successful IDA: the node that answered holds the current data, if it is still the registered
   * one (§5.2.1.1.3 Skip-Subscriber-Data).
   */
  private static final String MME_CURRENT =
      "UPDATE subscribers SET mme_data_current = true "
          + "WHERE imsi = $1 AND lower(serving_mme_host) = lower($2)";

  private static final String SGSN_CURRENT =
      "UPDATE subscribers SET sgsn_data_current = true "
          + "WHERE imsi = $1 AND lower(serving_sgsn_host) = lower($2)";

  /** Every registered MME and SGSN host with its realm (Reset, §5.2.4.1). */
  private static final String REGISTERED_NODES =
      "SELECT DISTINCT serving_mme_host, serving_mme_realm FROM subscribers "
          + "WHERE serving_mme_host IS NOT NULL UNION "
          + "SELECT DISTINCT serving_sgsn_host, serving_sgsn_realm FROM subscribers "
          + "WHERE serving_sgsn_host IS NOT NULL";

  private final Pool pool;
  private final long timeoutMs;
  // a field, not a lambda at each call: the request path allocates nothing to find its batches
  private final Function<Context, OnLoop> newLoop;

  public PgS6aStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
    this.newLoop =
        c ->
            new OnLoop(
                new LocationUpdates(
                    c, pool, QueueBudget.of(storage, StorageQueue.LOCATION_UPDATES)),
                new Purges(c, pool, QueueBudget.of(storage, StorageQueue.PURGES)),
                new Notifications(c, pool, QueueBudget.of(storage, StorageQueue.NOTIFICATIONS)));
  }

  /** The profile for Insert-Subscriber-Data, or null when the subscriber is unknown. */
  @Override
  public Future<S6aProfile> profile(String imsi) {
    // a read: sent once more if its connection is lost under it (LostConnection)
    return bounded(
        LostConnection.readOnceMore(
            () -> pool.withConnection(conn -> readProfile(conn, imsi)), Deadline.NONE));
  }

  /**
   * Update-Location: under the subscriber's row lock, reads the profile and the serving nodes, asks
   * {@code request.admits()}, and if it agrees stores the node as the serving MME or SGSN ({@link
   * ServingNodes}), all in one transaction. Completes with null when the subscriber is unknown. On
   * an event loop the ULRs of one turn share one transaction ({@link LocationUpdates}), with the
   * same outcome for each.
   */
  @Override
  public Future<LocationUpdate> updateLocation(LocationRequest request, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    return bounded(
        loop != null
            ? loop.locations().update(request, deadline)
            : LocationUpdates.once(pool, request));
  }

  /** After a successful IDA from {@code host}: its node kind holds the current data. */
  @Override
  public Future<Void> dataCurrent(String imsi, ServingNode node, String host) {
    return bounded(
        pool.preparedQuery(node == ServingNode.SGSN ? SGSN_CURRENT : MME_CURRENT)
            .execute(Tuple.of(imsi, host))
            .mapEmpty());
  }

  /** Host and realm of every registered MME and SGSN, each once. */
  @Override
  public Future<List<String[]>> registeredNodes() {
    return bounded(
        pool.query(REGISTERED_NODES)
            .execute()
            .map(
                rows -> {
                  List<String[]> nodes = new ArrayList<>();
                  rows.forEach(r -> nodes.add(new String[] {r.getString(0), r.getString(1)}));
                  return nodes;
                }));
  }

  /**
   * Purge-UE from {@code host} (TS 29.272 §5.2.1.3.3: only the registered node sets its "UE purged"
   * flag; a purge from the SGSN leaves the MME registration alone and the other way round):
   * completes with which registrations {@code host} held (their flags are now set), or null when
   * the subscriber is unknown. On an event loop the PURs of one turn are one statement ({@link
   * Purges}).
   */
  @Override
  public Future<Purged> purge(String imsi, String host, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    return bounded(
        loop != null ? loop.purges().purge(imsi, host, deadline) : Purges.once(pool, imsi, host));
  }

  /**
   * Notify from {@code host}: stores the terminal information it carries (nulls keep the stored
   * values) if it is the registered MME or SGSN (§5.2.5.1.3); completes with whether it is, or null
   * when unknown. On an event loop the NORs of one turn are one statement ({@link Notifications}).
   */
  @Override
  public Future<Boolean> notify(
      String imsi, String host, String imei, String softwareVersion, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OnLoop loop = onThisLoop();
    return bounded(
        loop != null
            ? loop.notifications().notify(imsi, host, imei, softwareVersion, deadline)
            : Notifications.once(pool, imsi, host, imei, softwareVersion));
  }

  /** The batches of the calling event loop (created on first use), or null off any event loop. */
  private OnLoop onThisLoop() {
    return PerEventLoop.get(this, newLoop);
  }

  /** What this store batches on one event loop: the ULRs, PURs and NORs of a turn. */
  private record OnLoop(LocationUpdates locations, Purges purges, Notifications notifications) {}

  private static Future<S6aProfile> readProfile(SqlConnection conn, String imsi) {
    return conn.preparedQuery(PROFILE)
        .execute(Tuple.of(imsi))
        .compose(
            rows -> {
              if (rows.size() == 0) {
                return Future.succeededFuture(null);
              }
              Row s = rows.iterator().next();
              return conn.preparedQuery(APNS)
                  .execute(Tuple.of(imsi))
                  .map(
                      apnRows -> {
                        List<Subscriber.Apn> apns = new ArrayList<>();
                        apnRows.forEach(a -> apns.add(apn(a, 0)));
                        return profile(imsi, s, 0, apns);
                      });
            });
  }

  /** A row of {@link #APN_COLUMNS} from column {@code from} on. */
  static Subscriber.Apn apn(Row a, int from) {
    return new Subscriber.Apn(
        a.getString(from),
        a.getInteger(from + 1),
        a.getBoolean(from + 2),
        a.getString(from + 3),
        a.getShort(from + 4),
        a.getShort(from + 5),
        a.getBoolean(from + 6),
        a.getBoolean(from + 7),
        a.getLong(from + 8),
        a.getLong(from + 9));
  }

  /** The profile in a row of {@link #PROFILE_COLUMNS} from column {@code from} on. */
  static S6aProfile profile(String imsi, Row s, int from, List<Subscriber.Apn> apns) {
    return new S6aProfile(
        imsi,
        s.getString(from),
        "barred".equals(s.getString(from + 1)),
        s.getLong(from + 2),
        s.getLong(from + 3),
        s.getInteger(from + 4),
        s.getBoolean(from + 5),
        List.copyOf(apns));
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
