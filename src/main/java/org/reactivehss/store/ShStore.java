package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;

/**
 * Sh state in PostgreSQL: who a request names (TS 29.328 §6.1: by IMS public identity or MSISDN)
 * and the AS permission lists (§6.2). Every call is one statement on the pool; calls made for a
 * Diameter request take its {@link Deadline} and do no work once it has passed.
 */
public final class ShStore {
  /**
   * Both identities resolved and the subscriber read in one statement: {@code by_impu} and {@code
   * by_msisdn} tell unknown (5001) from identities of two subscribers (5002).
   */
  private static final String IDENTIFY =
      "WITH who AS (SELECT (SELECT imsi FROM ims_public_identities WHERE impu = $1::text) AS by_impu,"
          + " (SELECT imsi FROM subscribers WHERE msisdn = $2::text ORDER BY imsi LIMIT 1)"
          + " AS by_msisdn)"
          + " SELECT who.by_impu, who.by_msisdn, s.imsi, s.msisdn,"
          // a purged MME (TS 29.272 §5.2.1.3) holds no context of the user: not serving
          + " CASE WHEN s.purged_by_mme THEN NULL ELSE s.serving_mme_host END AS serving_mme_host,"
          + " CASE WHEN s.purged_by_mme THEN NULL ELSE s.serving_mme_realm END AS serving_mme_realm,"
          + " i.impi, i.scscf_name, i.scscf_auth_pending, i.service_profile,"
          + " s.roaming_allowed, p.impu, p.registration_state, p.barred FROM who"
          + " LEFT JOIN subscribers s ON s.imsi = COALESCE(who.by_impu, who.by_msisdn)"
          + " LEFT JOIN ims_identities i ON i.imsi = s.imsi"
          + " LEFT JOIN ims_public_identities p ON p.imsi = s.imsi ORDER BY p.impu";

  private static final String PERMISSION =
      "SELECT udr, pur, snr FROM sh_permissions WHERE origin_host = $1";
  private static final String PUT_PERMISSION =
      "INSERT INTO sh_permissions (origin_host, udr, pur, snr) VALUES ($1, $2, $3, $4)"
          + " ON CONFLICT (origin_host) DO UPDATE SET udr = $2, pur = $3, snr = $4,"
          + " updated_at = now() RETURNING (xmax = 0) AS created";
  private static final String DELETE_PERMISSION =
      "DELETE FROM sh_permissions WHERE origin_host = $1";

  private final Pool pool;
  private final long timeoutMs;

  public ShStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /**
   * The subscriber named by {@code impu} and/or {@code msisdn} (either may be null, not both): TS
   * 29.328 §6.1.1.1 unknown, or two identities of different subscribers.
   */
  public Future<ShUser.Lookup> identify(String impu, String msisdn, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(IDENTIFY)
            .execute(Tuple.of(impu, msisdn))
            .map(rows -> lookup(rows, impu != null, msisdn != null)));
  }

  private static ShUser.Lookup lookup(RowSet<Row> rows, boolean byImpu, boolean byMsisdn) {
    Row first = rows.iterator().next();
    String viaImpu = first.getString("by_impu");
    String viaMsisdn = first.getString("by_msisdn");
    if ((byImpu && viaImpu == null) || (byMsisdn && viaMsisdn == null)) {
      return ShUser.Lookup.unknown();
    }
    if (byImpu && byMsisdn && !viaImpu.equals(viaMsisdn)) {
      return new ShUser.Lookup(ShUser.Outcome.IDENTITIES_DONT_MATCH, null);
    }
    return new ShUser.Lookup(ShUser.Outcome.FOUND, user(rows));
  }

  private static ShUser user(RowSet<Row> rows) {
    Iterator<Row> it = rows.iterator();
    Row first = it.next();
    ImsSubscription ims = null;
    if (first.getString("impi") != null) {
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
      ims =
          new ImsSubscription(
              first.getString("imsi"),
              first.getString("impi"),
              first.getString("scscf_name"),
              first.getBoolean("scscf_auth_pending"),
              first.getString("service_profile"),
              first.getBoolean("roaming_allowed"),
              impus);
    }
    return new ShUser(
        first.getString("imsi"),
        first.getString("msisdn"),
        first.getString("serving_mme_host"),
        first.getString("serving_mme_realm"),
        ims);
  }

  /** The permission list of the AS {@code originHost}, or null when it has none. */
  public Future<ShPermission> permission(String originHost, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(PERMISSION)
            .execute(Tuple.of(originHost))
            .map(
                rows -> {
                  if (rows.size() == 0) {
                    return null;
                  }
                  Row row = rows.iterator().next();
                  return new ShPermission(
                      references(row.getArrayOfShorts("udr")),
                      references(row.getArrayOfShorts("pur")),
                      references(row.getArrayOfShorts("snr")));
                }));
  }

  /** Creates or replaces the list of {@code originHost}; true when it was created. */
  public Future<Boolean> putPermission(String originHost, ShPermission permission) {
    return bounded(
        pool.preparedQuery(PUT_PERMISSION)
            .execute(
                Tuple.of(
                    originHost,
                    codes(permission.read()),
                    codes(permission.update()),
                    codes(permission.subscribe())))
            .map(rows -> rows.iterator().next().getBoolean("created")));
  }

  /** Removes the list of {@code originHost}; false when there was none. */
  public Future<Boolean> deletePermission(String originHost) {
    return bounded(
        pool.preparedQuery(DELETE_PERMISSION)
            .execute(Tuple.of(originHost))
            .map(rows -> rows.rowCount() > 0));
  }

  private static Set<ShDataReference> references(Short[] codes) {
    Set<ShDataReference> set = EnumSet.noneOf(ShDataReference.class);
    for (Short code : codes) {
      ShDataReference r = ShDataReference.byCode(code);
      if (r != null) {
        set.add(r);
      }
    }
    return set;
  }

  private static Short[] codes(Set<ShDataReference> references) {
    return references.stream().map(r -> (short) r.code()).sorted().toArray(Short[]::new);
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
