package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;

/**
 * The SLh read of the location state S6a keeps (TS 29.173 §5.2.1.2): one statement per
 * LCS-Routing-Info-Request, by IMSI or by MSISDN, never a write. The serving MME is the one the
 * last accepted Update-Location stored ({@link S6aStore}, {@link LocationUpdates}); after "UE
 * purged in MME" (TS 29.272 §5.2.1.3) that MME no longer holds the UE, so it is not a serving node.
 * The call takes the request's {@link Deadline}: once it has passed, it fails TIMED_OUT without a
 * statement; failures complete with an {@link org.reactivehss.failure.HssFailure}.
 */
public final class LcsRouting {
  private static final String COLUMNS =
      "SELECT imsi, msisdn, "
          + "CASE WHEN purged_by_mme THEN NULL ELSE serving_mme_host END, "
          + "CASE WHEN purged_by_mme THEN NULL ELSE serving_mme_realm END FROM subscribers ";

  /** By IMSI, the primary key; a given MSISDN is compared with the row's in Java. */
  private static final String BY_IMSI = COLUMNS + "WHERE imsi = $1";

  /**
   * By MSISDN (indexed, not unique: nothing stops two subscribers sharing one); two rows are enough
   * to know it names more than one.
   */
  private static final String BY_MSISDN = COLUMNS + "WHERE msisdn = $1 LIMIT 2";

  private final Pool pool;
  private final long timeoutMs;

  public LcsRouting(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /**
   * The route of the subscriber named by {@code imsi} (when not null) or else {@code msisdn}
   * (digits). With both, the IMSI's subscriber must have that MSISDN, else CONTRADICTING.
   */
  public Future<LcsRoute> lookup(String imsi, String msisdn, Deadline deadline) {
    if (imsi == null && msisdn == null) {
      throw new IllegalArgumentException("an IMSI or an MSISDN is needed");
    }
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    Future<LcsRoute> read =
        imsi != null
            ? pool.preparedQuery(BY_IMSI).execute(Tuple.of(imsi)).map(rows -> byImsi(rows, msisdn))
            : pool.preparedQuery(BY_MSISDN).execute(Tuple.of(msisdn)).map(LcsRouting::byMsisdn);
    return read.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  private static LcsRoute byImsi(RowSet<Row> rows, String msisdn) {
    if (rows.size() == 0) {
      return LcsRoute.UNKNOWN;
    }
    LcsRoute found = route(rows.iterator().next());
    return msisdn == null || msisdn.equals(found.msisdn())
        ? found
        : LcsRoute.contradicting(found.imsi());
  }

  private static LcsRoute byMsisdn(RowSet<Row> rows) {
    Iterator<Row> it = rows.iterator();
    if (!it.hasNext()) {
      return LcsRoute.UNKNOWN;
    }
    LcsRoute found = route(it.next());
    return it.hasNext() ? LcsRoute.AMBIGUOUS : found;
  }

  private static LcsRoute route(Row row) {
    return new LcsRoute(
        LcsRoute.Outcome.FOUND,
        row.getString(0),
        row.getString(1),
        row.getString(2),
        row.getString(3));
  }
}
