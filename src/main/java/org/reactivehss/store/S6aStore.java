package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.reactivehss.bus.Deadline;

/**
 * The S6a application state in PostgreSQL (never only in memory, so replicas and restarts agree):
 * serving MME, purge flag, terminal information, and the profile sent as Subscription-Data. Every
 * operation is one transaction (on an event loop, Update-Locations share one with the others of the
 * loop: {@link LocationUpdates}); failures complete with an {@link
 * org.reactivehss.failure.HssFailure}. The calls a ULR, PUR or NOR makes take its {@link Deadline}:
 * once it has passed, they fail with TIMED_OUT and do no database work.
 */
public final class S6aStore {
  static final String PROFILE_COLUMNS =
      "msisdn, status, ambr_ul, ambr_dl, access_restriction, "
          + "roaming_allowed, serving_mme_host, serving_mme_realm";
  static final String APN_COLUMNS =
      "apn, context_id, is_default, pdn_type, qci, arp_priority, "
          + "arp_preemption_capable, arp_preemption_vulnerable, ambr_ul, ambr_dl";
  private static final String PROFILE =
      "SELECT " + PROFILE_COLUMNS + " FROM subscribers WHERE imsi = $1";
  private static final String APNS =
      "SELECT " + APN_COLUMNS + " FROM subscriber_apns " + "WHERE imsi = $1 ORDER BY context_id";

  /** TS 29.272 §5.2.1.1.3: a new registration clears "UE purged in MME". */
  private static final String REGISTER =
      "UPDATE subscribers SET serving_mme_host = $2, serving_mme_realm = $3, "
          + "serving_mme_since = now(), purged_by_mme = false, imei = COALESCE($4, imei), "
          + "software_version = COALESCE($5, software_version) WHERE imsi = $1";

  /**
   * TS 29.272 §5.2.1.3.3: only the registered MME sets "UE purged in MME"; true in the row when it
   * did.
   */
  private static final String PURGE =
      "UPDATE subscribers SET purged_by_mme = purged_by_mme "
          + "OR lower(serving_mme_host) IS NOT DISTINCT FROM lower($2) WHERE imsi = $1 "
          + "RETURNING lower(serving_mme_host) IS NOT DISTINCT FROM lower($2)";

  /** TS 29.272 §5.2.5.1.3: only the registered MME's notification is stored. */
  private static final String NOTIFY =
      "UPDATE subscribers SET "
          + "imei = CASE WHEN lower(serving_mme_host) = lower($2) THEN COALESCE($3, imei) ELSE imei END, "
          + "software_version = CASE WHEN lower(serving_mme_host) = lower($2) "
          + "THEN COALESCE($4, software_version) ELSE software_version END WHERE imsi = $1 "
          + "RETURNING lower(serving_mme_host) IS NOT DISTINCT FROM lower($2)";

  private final Pool pool;
  private final long timeoutMs;

  public S6aStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /** The profile for Insert-Subscriber-Data, or null when the subscriber is unknown. */
  public Future<S6aProfile> profile(String imsi) {
    return bounded(
        pool.withConnection(
            conn ->
                readProfile(conn, imsi, false).map(read -> read == null ? null : read.profile())));
  }

  /**
   * Update-Location: under the subscriber's row lock, reads the profile, asks {@code admits}, and
   * if it agrees stores {@code host}/{@code realm} as the serving MME, all in one transaction.
   * Completes with null when the subscriber is unknown. On an event loop the ULRs of one turn share
   * one transaction ({@link LocationUpdates}), with the same outcome for each.
   */
  public Future<LocationUpdate> updateLocation(
      String imsi,
      String host,
      String realm,
      String imei,
      String softwareVersion,
      Predicate<S6aProfile> admits,
      Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    Context context = Vertx.currentContext();
    if (context != null && context.isEventLoopContext()) {
      LocationUpdates batch = context.get(this);
      if (batch == null) {
        batch = new LocationUpdates(context, pool);
        context.put(this, batch);
      }
      return bounded(
          batch.update(
              new LocationUpdates.Request(imsi, host, realm, imei, softwareVersion, admits),
              deadline));
    }
    return bounded(
        pool.withTransaction(
            conn ->
                readProfile(conn, imsi, true)
                    .compose(
                        read -> {
                          if (read == null) {
                            return Future.succeededFuture(null);
                          }
                          if (!admits.test(read.profile())) {
                            return Future.succeededFuture(
                                new LocationUpdate(
                                    read.profile(), false, read.host(), read.realm()));
                          }
                          return conn.preparedQuery(REGISTER)
                              .execute(Tuple.of(imsi, host, realm, imei, softwareVersion))
                              .map(
                                  done ->
                                      new LocationUpdate(
                                          read.profile(), true, read.host(), read.realm()));
                        })));
  }

  /**
   * Purge-UE from {@code host}: completes with true when {@code host} is the registered MME (the
   * flag is now set), false when another MME is registered, null when the subscriber is unknown.
   */
  public Future<Boolean> purge(String imsi, String host, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(PURGE)
            .execute(Tuple.of(imsi, host))
            .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBoolean(0)));
  }

  /**
   * Notify from {@code host}: stores the terminal information it carries (nulls keep the stored
   * values); completes with whether {@code host} is the registered MME, or null when unknown.
   */
  public Future<Boolean> notify(
      String imsi, String host, String imei, String softwareVersion, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(NOTIFY)
            .execute(Tuple.of(imsi, host, imei, softwareVersion))
            .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getBoolean(0)));
  }

  private record Read(S6aProfile profile, String host, String realm) {}

  private static Future<Read> readProfile(SqlConnection conn, String imsi, boolean lock) {
    return conn.preparedQuery(lock ? PROFILE + " FOR UPDATE" : PROFILE)
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
                        return new Read(
                            profile(imsi, s, 0, apns), servingHost(s, 0), servingRealm(s, 0));
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

  static String servingHost(Row s, int from) {
    return s.getString(from + 6);
  }

  static String servingRealm(Row s, int from) {
    return s.getString(from + 7);
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
