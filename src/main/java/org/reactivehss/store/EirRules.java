package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The EIR rules as the provisioning API writes them (docs/s13.md). A second rule for the same key
 * (IMEI and IMSI, IMEI, or TAC) is refused as a {@link SubscriberConflict} (HTTP 409), never stored
 * twice. Provisioning calls have no Diameter deadline: the statement timeout bounds them.
 */
public final class EirRules {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS = "id, imei, tac, imsi, status";
  private static final String INSERT =
      "INSERT INTO eir_rules (imei, tac, imsi, status) VALUES ($1, $2, $3, $4) RETURNING "
          + COLUMNS;
  private static final String PAGE =
      "SELECT " + COLUMNS + " FROM eir_rules WHERE id > $1 ORDER BY id LIMIT $2";
  private static final String ONE = "SELECT " + COLUMNS + " FROM eir_rules WHERE id = $1";
  private static final String SET_STATUS =
      "UPDATE eir_rules SET status = $2, updated_at = now() WHERE id = $1 RETURNING " + COLUMNS;
  private static final String DELETE = "DELETE FROM eir_rules WHERE id = $1";

  private final Pool pool;
  private final long timeoutMs;

  public EirRules(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /** Stores {@code rule} (its id is ignored) and completes with it as stored. */
  public Future<EirRule> create(EirRule rule) {
    return pool.preparedQuery(INSERT)
        .execute(Tuple.of(rule.imei(), rule.tac(), rule.imsi(), (short) rule.status().ordinal()))
        .map(EirRules::first)
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(
            failure ->
                Future.failedFuture(
                    failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                        ? new SubscriberConflict(
                            rule.tac() != null ? "tac" : "imei",
                            "a rule for this equipment already exists")
                        : StoreErrors.map(failure)));
  }

  /** Up to {@code limit} rules with ids above {@code afterId}, in id order. */
  public Future<List<EirRule>> page(long afterId, int limit) {
    return bounded(
        pool.preparedQuery(PAGE)
            .execute(Tuple.of(afterId, limit))
            .map(
                rows -> {
                  List<EirRule> rules = new ArrayList<>();
                  rows.forEach(row -> rules.add(rule(row)));
                  return rules;
                }));
  }

  /** The rule, or null. */
  public Future<EirRule> get(long id) {
    return bounded(pool.preparedQuery(ONE).execute(Tuple.of(id)).map(EirRules::first));
  }

  /** The rule with its new status, or null when there is no such rule. */
  public Future<EirRule> setStatus(long id, EquipmentStatus status) {
    return bounded(
        pool.preparedQuery(SET_STATUS)
            .execute(Tuple.of(id, (short) status.ordinal()))
            .map(EirRules::first));
  }

  /** Whether a rule was removed. */
  public Future<Boolean> delete(long id) {
    return bounded(
        pool.preparedQuery(DELETE).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1));
  }

  private static EirRule first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : rule(rows.iterator().next());
  }

  private static EirRule rule(Row row) {
    return new EirRule(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        EquipmentStatus.values()[row.getShort(4)]);
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
