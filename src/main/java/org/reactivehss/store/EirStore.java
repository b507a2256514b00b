package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;
import org.reactivehss.metrics.StorageQueue;

/**
 * The EIR's checks in PostgreSQL (TS 29.272 §6.2.1.3): which rule an IMEI matches and the log of
 * every check. A check is one statement: the rule lookup, the log insert and the trimming of that
 * IMEI's log to {@link #CHECKS_PER_IMEI} entries. On an event loop the checks of one turn share one
 * transaction and commit ({@link EirChecks}). Calls made for a Diameter request take its {@link
 * Deadline} and do no work once it has passed; a check whose deadline passes while it waits for its
 * batch is dropped unsent.
 */
public final class EirStore {
  /**
   * Checks kept per IMEI, newest first; older ones are removed by the check that pushes them out.
   * Enough to follow a device across days of attaches; the table grows with the number of distinct
   * IMEIs seen, not with traffic.
   */
  public static final int CHECKS_PER_IMEI = 100;

  /**
   * The precedence (docs/s13.md): a rule for this IMEI bound to the request's IMSI, then one for
   * this IMEI with any IMSI, then the TAC (first 8 digits; a TAC has exactly 8, so the longest
   * prefix is the only one). Parameters: imei, software version, imsi, origin host, command, the
   * result to record when no rule matches, and the number of older checks to keep.
   */
  static final String CHECK =
      "WITH rule AS (SELECT id, status FROM eir_rules"
          + " WHERE (imei = $1 AND (imsi IS NULL OR imsi = $3)) OR tac = left($1, 8)"
          + " ORDER BY (imsi IS NOT NULL) DESC, (imei IS NOT NULL) DESC LIMIT 1),"
          + " logged AS (INSERT INTO eir_checks"
          + " (imei, software_version, imsi, origin_host, command, rule_id, result)"
          + " SELECT $1, $2, $3, $4, $5, rule.id, COALESCE(CASE rule.status"
          + " WHEN 0 THEN 'permitted' WHEN 1 THEN 'prohibited' WHEN 2 THEN 'tracking' END, $6)"
          + " FROM (SELECT 1) one LEFT JOIN rule ON true),"
          + " trimmed AS (DELETE FROM eir_checks WHERE imei = $1 AND id <= (SELECT id FROM"
          + " eir_checks WHERE imei = $1 ORDER BY id DESC OFFSET $7 LIMIT 1))"
          + " SELECT rule.status FROM (SELECT 1) one LEFT JOIN rule ON true";

  private static final String CHECKS =
      "SELECT id, imei, software_version, imsi, origin_host, command, rule_id, result, checked_at"
          + " FROM eir_checks WHERE imei = $1 AND id < $2 ORDER BY id DESC LIMIT $3";

  private final Pool pool;
  private final long timeoutMs;
  private final QueueBudget budget;

  public EirStore(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
    this.budget = QueueBudget.of(storage, StorageQueue.EIR_CHECKS);
  }

  /** Who asked and about what; {@code imei} is the 14 identifying digits. */
  public record Request(
      String imei, String softwareVersion, String imsi, String originHost, String command) {}

  /**
   * The status of the rule {@code request} matches, or null when none does; the check is recorded
   * with that status, or with {@code unmatchedResult} ("permitted" or "unknown") when none matched.
   */
  public Future<EquipmentStatus> check(Request request, String unmatchedResult, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    Tuple params =
        Tuple.of(
            request.imei(),
            request.softwareVersion(),
            request.imsi(),
            request.originHost(),
            request.command(),
            unmatchedResult,
            (long) CHECKS_PER_IMEI - 1);
    Context context = Vertx.currentContext();
    if (context != null && context.isEventLoopContext()) {
      EirChecks checks = context.get(this);
      if (checks == null) {
        checks = new EirChecks(context, pool, budget);
        context.put(this, checks);
      }
      return bounded(checks.check(params, deadline));
    }
    return bounded(pool.preparedQuery(CHECK).execute(params).map(EirChecks::status));
  }

  /** Up to {@code limit} checks of {@code imei} older than check {@code beforeId}, newest first. */
  public Future<List<EirCheck>> checks(String imei, long beforeId, int limit) {
    return bounded(
        pool.preparedQuery(CHECKS)
            .execute(Tuple.of(imei, beforeId, limit))
            .map(
                rows -> {
                  List<EirCheck> found = new ArrayList<>();
                  rows.forEach(row -> found.add(check(row)));
                  return found;
                }));
  }

  private static EirCheck check(Row row) {
    return new EirCheck(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getLong(6),
        row.getString(7),
        row.getOffsetDateTime(8));
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
