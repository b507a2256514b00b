package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The provisioning audit log (docs/api.md "Audit log"): written with the change it describes where
 * the change is one transaction of ours ({@link #insert} on the transaction's connection), read in
 * pages newest first, pruned by age and count ({@link AuditOptions}).
 */
public final class AuditLog {
  /** Records nothing, reads nothing: an API without storage (tests of the HTTP layer). */
  public static final AuditLog NONE = new AuditLog(null, AuditOptions.DEFAULTS, 0);

  private static final String INSERT =
      "INSERT INTO provisioning_audit (client, token_name, action, subject, fields, detail) "
          + "VALUES ($1, $2, $3, $4, $5, $6)";
  private static final String PAGE =
      "SELECT id, at, client, token_name, action, subject, fields, detail FROM provisioning_audit "
          + "WHERE ($1::int8 IS NULL OR id < $1) AND ($2::text IS NULL OR subject = $2) "
          + "AND ($3::timestamptz IS NULL OR at >= $3) ORDER BY id DESC LIMIT $4";

  /** Older than the age bound, or beyond the newest maxRows. */
  private static final String PRUNE =
      "DELETE FROM provisioning_audit WHERE at < now() - make_interval(days => $1) "
          + "OR id <= (SELECT id FROM provisioning_audit ORDER BY id DESC OFFSET $2 LIMIT 1)";

  private final Pool pool;
  private final AuditOptions options;
  private final long timeoutMs;

  /** The other partitions' audit logs, pruned with this one (db.partitions). */
  private final List<AuditLog> others;

  public AuditLog(Storage storage, AuditOptions options) {
    this(storage.pool(), options, storage.options().statementTimeoutMs(), List.of());
  }

  private AuditLog(Pool pool, AuditOptions options, long timeoutMs) {
    this(pool, options, timeoutMs, List.of());
  }

  private AuditLog(Pool pool, AuditOptions options, long timeoutMs, List<AuditLog> others) {
    this.pool = pool;
    this.options = options;
    this.timeoutMs = timeoutMs;
    this.others = others;
  }

  /**
   * The audit log over {@code partitions}: entries not about one subscriber, and every read, in the
   * first partition; a subscriber write's entries commit with the write in the subscriber's
   * partition (same transaction), so pruning runs in every partition (docs/scale-out.md).
   */
  public static AuditLog over(Partitions partitions, AuditOptions options) {
    Storage first = partitions.first();
    List<AuditLog> others =
        partitions.all().stream().skip(1).map(storage -> new AuditLog(storage, options)).toList();
    return new AuditLog(first.pool(), options, first.options().statementTimeoutMs(), others);
  }

  public boolean enabled() {
    return pool != null;
  }

  public AuditOptions options() {
    return options;
  }

  /** Writes {@code entries} on {@code conn}: inside a transaction, they commit with its change. */
  static Future<Void> insert(SqlClient conn, List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = new ArrayList<>(entries.size());
    for (AuditEntry e : entries) {
      rows.add(
          Tuple.tuple()
              .addString(e.client())
              .addString(e.tokenName())
              .addString(e.action())
              .addString(e.subject())
              .addArrayOfString(e.fields().toArray(String[]::new))
              .addValue(e.detail()));
    }
    return conn.preparedQuery(INSERT).executeBatch(rows).mapEmpty();
  }

  /** Writes {@code entry} on its own, for a change that is not one transaction of ours. */
  public Future<Void> record(AuditEntry entry) {
    return pool == null ? Future.succeededFuture() : bounded(insert(pool, List.of(entry)));
  }

  /**
   * Up to {@code limit} entries with an id below {@code before} (null: from the newest), of {@code
   * subject} when not null, at or after {@code since} when not null; newest first.
   */
  public Future<List<AuditEntry>> page(Long before, String subject, Instant since, int limit) {
    if (pool == null) {
      return Future.succeededFuture(List.of());
    }
    Tuple query =
        Tuple.tuple()
            .addLong(before)
            .addString(subject)
            .addOffsetDateTime(since == null ? null : since.atOffset(ZoneOffset.UTC))
            .addInteger(limit);
    return bounded(
        pool.preparedQuery(PAGE)
            .execute(query)
            .map(
                rows -> {
                  List<AuditEntry> page = new ArrayList<>(rows.size());
                  rows.forEach(r -> page.add(entry(r)));
                  return page;
                }));
  }

  /** Deletes what is beyond the bounds; completes with how many rows went. */
  public Future<Integer> prune() {
    if (pool == null) {
      return Future.succeededFuture(0);
    }
    Future<Integer> here =
        bounded(
            pool.preparedQuery(PRUNE)
                .execute(Tuple.of(options.maxAgeDays(), options.maxRows()))
                .map(rows -> rows.rowCount()));
    if (others.isEmpty()) {
      return here;
    }
    List<Future<Integer>> all = new ArrayList<>();
    all.add(here);
    others.forEach(other -> all.add(other.prune()));
    return Future.all(all).map(done -> all.stream().mapToInt(Future::result).sum());
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  private static AuditEntry entry(Row r) {
    OffsetDateTime at = r.getOffsetDateTime("at");
    Object detail = r.getValue("detail");
    String[] fields = r.getArrayOfStrings("fields");
    return new AuditEntry(
        r.getLong("id"),
        at.toInstant(),
        r.getString("client"),
        r.getString("token_name"),
        r.getString("action"),
        r.getString("subject"),
        fields == null ? List.of() : List.of(fields),
        detail instanceof JsonObject json ? json : null);
  }
}
