package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;

/**
 * The SWx state in PostgreSQL (TS 29.273 §8.1.2): the 3GPP AAA server registered for a subscriber
 * ({@code subscribers.aaa_server_name}, V8) and the profile read for MAR, SAR and PPR. Every call
 * that serves a request takes its {@link Deadline}: once it has passed, it fails TIMED_OUT without
 * a statement; failures complete with an {@link org.reactivehss.failure.HssFailure}. Diameter
 * identities are compared without regard to case (RFC 6733 §4.3.1, FQDNs).
 */
public final class SwxStore {
  private static final String PROFILE =
      "SELECT msisdn, status = 'barred', non3gpp_access, aaa_server_name, ambr_ul, ambr_dl "
          + "FROM subscribers WHERE imsi = $1";
  private static final String APNS =
      "SELECT "
          + PgS6aStore.APN_COLUMNS
          + " FROM subscriber_apns WHERE imsi = $1 ORDER BY context_id";

  /**
   * Registration (§8.1.2.2.2.1): stored when no server is registered or it is the same one; the
   * condition sits in the statement, so two AAA servers registering at once cannot both win.
   * Returns no row when another server holds the user (or the subscriber is gone).
   */
  private static final String REGISTER =
      "UPDATE subscribers SET aaa_server_name = $2 WHERE imsi = $1 "
          + "AND (aaa_server_name IS NULL OR lower(aaa_server_name) = lower($2) OR $3) "
          + "RETURNING imsi";

  /** Deregistration by the registered server itself; another server's is a no-op. */
  private static final String DEREGISTER =
      "UPDATE subscribers SET aaa_server_name = NULL WHERE imsi = $1 "
          + "AND lower(aaa_server_name) = lower($2)";

  /** Administrative deregistration: whichever server was registered, returned for the RTR. */
  private static final String DEREGISTER_ANY =
      "UPDATE subscribers s SET aaa_server_name = NULL FROM "
          + "(SELECT imsi, aaa_server_name FROM subscribers WHERE imsi = $1 FOR UPDATE) old "
          + "WHERE s.imsi = old.imsi RETURNING old.aaa_server_name";

  private final Pool pool;
  private final long timeoutMs;

  public SwxStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /** The subscriber's SWx profile, with its APNs when {@code withApns}; null when unknown. */
  public Future<SwxProfile> profile(String imsi, boolean withApns, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.withConnection(
            conn ->
                conn.preparedQuery(PROFILE)
                    .execute(Tuple.of(imsi))
                    .compose(
                        rows -> {
                          if (rows.size() == 0) {
                            return Future.succeededFuture(null);
                          }
                          Row row = rows.iterator().next();
                          Future<List<Subscriber.Apn>> apns =
                              withApns
                                  ? conn.preparedQuery(APNS)
                                      .execute(Tuple.of(imsi))
                                      .map(SwxStore::apns)
                                  : Future.succeededFuture(List.of());
                          return apns.map(list -> profile(imsi, row, list));
                        })));
  }

  /**
   * Stores {@code aaaServerName} as the user's 3GPP AAA server unless another one is registered
   * ({@code replace}: the requester reported that one unavailable, AAA-Failure-Indication, TS
   * 29.273 §8.2.3.21). True when stored.
   */
  public Future<Boolean> register(
      String imsi, String aaaServerName, boolean replace, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(REGISTER)
            .execute(Tuple.of(imsi, aaaServerName, replace))
            .map(rows -> rows.size() == 1));
  }

  /** Clears the registration when {@code aaaServerName} holds it; true when it did. */
  public Future<Boolean> deregister(String imsi, String aaaServerName, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(DEREGISTER)
            .execute(Tuple.of(imsi, aaaServerName))
            .map(rows -> rows.rowCount() == 1));
  }

  /**
   * Administrative deregistration (provisioning API): clears whichever server was registered.
   * Completes with the previous server in a one-element list (its element null when none), or null
   * when the subscriber is unknown.
   */
  public Future<List<String>> deregisterAny(String imsi) {
    return bounded(
        pool.preparedQuery(DEREGISTER_ANY)
            .execute(Tuple.of(imsi))
            .map(
                rows -> {
                  if (rows.size() == 0) {
                    return null;
                  }
                  List<String> previous = new ArrayList<>(1);
                  previous.add(rows.iterator().next().getString(0));
                  return previous;
                }));
  }

  private static SwxProfile profile(String imsi, Row row, List<Subscriber.Apn> apns) {
    return new SwxProfile(
        imsi,
        row.getString(0),
        Boolean.TRUE.equals(row.getBoolean(1)),
        Boolean.TRUE.equals(row.getBoolean(2)),
        row.getString(3),
        row.getLong(4),
        row.getLong(5),
        apns);
  }

  private static List<Subscriber.Apn> apns(RowSet<Row> rows) {
    List<Subscriber.Apn> apns = new ArrayList<>();
    for (Row a : rows) {
      apns.add(PgS6aStore.apn(a, 0));
    }
    return apns;
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
