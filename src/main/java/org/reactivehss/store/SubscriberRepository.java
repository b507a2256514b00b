package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.events.SubscriberChanged.Change;

/**
 * Provisioning reads and writes. Every write is one transaction: a subscriber is written whole or
 * not at all. Keys are sealed here ({@link KeyCipher}) and never leave as JSON except inside {@link
 * #patch}.
 */
public final class SubscriberRepository implements SubscriberStore {
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * The serving nodes and status after a change, read inside its transaction (SubscriberChanged).
   */
  private static final String SNAPSHOT =
      "SELECT s.status = 'barred', s.serving_mme_host, s.serving_mme_realm, "
          + "i.scscf_name, i.impi, s.serving_sgsn_host, s.serving_sgsn_realm, "
          + "ARRAY(SELECT a.context_id FROM subscriber_apns a WHERE a.imsi = s.imsi), s.aaa_server_name FROM subscribers s LEFT JOIN ims_identities i ON i.imsi = s.imsi WHERE s.imsi = $1";

  /**
   * TS 29.272 §5.2.1.1.3: once the profile changed, neither node holds the current data until a ULA
   * with Subscription-Data or a successful IDA reaches it; in the change's transaction, so no ULR
   * with Skip-Subscriber-Data can slip between the change and the flag.
   */
  private static final String DATA_CHANGED =
      "UPDATE subscribers SET mme_data_current = false, sgsn_data_current = false WHERE imsi = $1";

  /** One statement: the snapshot is taken from the rows the same statement deletes. */
  private static final String DELETE =
      "WITH snap AS ("
          + SNAPSHOT
          + "), gone AS (DELETE FROM subscribers "
          + "WHERE imsi = $1 RETURNING imsi) SELECT snap.* FROM snap, gone";

  private static final String ANALYZE_SUBSCRIBER_TABLES =
      "ANALYZE subscribers, subscriber_apns, ims_identities, ims_public_identities";

  private final Pool pool;
  private final KeyCipher cipher;
  private final long timeoutMs;

  public SubscriberRepository(Storage storage) {
    this.pool = storage.pool();
    this.cipher = storage.cipher();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /**
   * Creates or replaces; completes with the change (CREATED when the subscriber did not exist
   * before) and a snapshot of its serving nodes taken in the same transaction, for the caller to
   * publish.
   */
  public Future<SubscriberChanged> put(Subscriber subscriber) {
    return put(subscriber, null);
  }

  /**
   * {@link #put(Subscriber)}; with an {@code override} (not null) a "sqn" below the stored SQN_HE
   * is written and told to it after the commit, without one such a write fails whole with {@link
   * SqnLowered}.
   */
  public Future<SubscriberChanged> put(Subscriber subscriber, SqnOverride override) {
    return put(subscriber, override, null);
  }

  /**
   * {@link #put(Subscriber, SqnOverride)}, writing {@code audit} (when not null) in the same
   * transaction, its action "create" or "replace" as the write turned out (docs/api.md "Audit
   * log").
   */
  @Override
  public Future<SubscriberChanged> put(
      Subscriber subscriber, SqnOverride override, AuditEntry audit) {
    List<SubscriberWriter.Lowering> lowered = new ArrayList<>();
    return bounded(
        audited(
            override,
            lowered,
            pool.withTransaction(
                conn ->
                    contextIds(conn, subscriber.imsi())
                        .compose(
                            before ->
                                SubscriberWriter.write(
                                        conn, cipher, subscriber, override != null, lowered)
                                    .compose(
                                        created ->
                                            audit(
                                                    conn,
                                                    audit,
                                                    created ? "create" : "replace",
                                                    lowered)
                                                .map(created))
                                    .compose(
                                        created ->
                                            snapshot(
                                                conn,
                                                subscriber.imsi(),
                                                created ? Change.CREATED : Change.UPDATED,
                                                before))))));
  }

  /**
   * {@code subscriber} with its keys sealed, for {@link #putSealed}. CPU only (AES-GCM), no I/O:
   * meant for a worker thread, so that an import does not seal on an event loop.
   */
  @Override
  public SealedSubscriber seal(Subscriber subscriber) {
    String imsi = subscriber.imsi();
    return new SealedSubscriber(
        subscriber,
        sealed(imsi, KeyCipher.Column.K, subscriber.k()),
        sealed(imsi, KeyCipher.Column.OP, subscriber.op()),
        sealed(imsi, KeyCipher.Column.OPC, subscriber.opc()));
  }

  private byte[] sealed(String imsi, KeyCipher.Column column, byte[] plain) {
    return plain == null ? null : cipher.seal(imsi, column, plain);
  }

  /**
   * Creates or replaces each of {@code batch} as {@link #put(Subscriber, SqnOverride)} would, one
   * after another in list order, and completes with one outcome per subscriber in that order. A
   * failed subscriber writes nothing and stops no other; created ones carry no snapshot (no serving
   * node yet), replaced ones the snapshot and removed APN contexts {@link #put} gives.
   *
   * <p>Written as few transactions as the batch allows ({@link SubscriberBatches}): one per run of
   * distinct IMSIs, one statement per table each. A run that cannot be written whole is written
   * again in halves, down to the subscriber that fails, which is then written alone by {@link #put}
   * for its exact error.
   */
  @Override
  public Future<List<SubscriberOutcome>> putSealed(
      List<SealedSubscriber> batch, SqnOverride override) {
    return new SubscriberBatches(this, override).write(batch);
  }

  /**
   * ANALYZE samples at most 30,000 rows per table (default_statistics_target 100), so even a
   * million subscribers take a second or two: more than the request statements' timeout, which is
   * lifted for this transaction only.
   */
  @Override
  public Future<Void> analyze() {
    return pool.withTransaction(
            conn ->
                conn.query("SET LOCAL statement_timeout = '300s'")
                    .execute()
                    .compose(set -> conn.query(ANALYZE_SUBSCRIBER_TABLES).execute()))
        .<Void>mapEmpty()
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  /** One run of distinct IMSIs in one transaction, bounded as {@link #putAll} is. */
  Future<List<SubscriberOutcome>> putRun(List<SealedSubscriber> run, SqnOverride override) {
    List<SubscriberWriter.Lowering> lowered = new ArrayList<>();
    return audited(
            override,
            lowered,
            pool.withTransaction(
                conn -> SubscriberBatchWriter.write(conn, run, override != null, lowered)))
        .timeout(timeoutMs * Math.max(1, run.size() / 10), TimeUnit.MILLISECONDS)
        .recover(
            failure ->
                Future.failedFuture(
                    splittable(failure)
                        ? new SubscriberBatchWriter.NotAsASet("refused as a set")
                        : StoreErrors.map(failure)));
  }

  /**
   * Whether a run failed for its data (a constraint, a row affected twice, a deadlock with another
   * writer: SQLSTATE classes 21, 22, 23, 40), so that smaller parts may succeed; a timeout or a
   * lost database would fail them alike and is not retried.
   */
  private static boolean splittable(Throwable failure) {
    if (failure instanceof SubscriberBatchWriter.NotAsASet) {
      return true;
    }
    if (failure instanceof PgException pg && pg.getSqlState() != null) {
      String sqlClass = pg.getSqlState().substring(0, 2);
      return sqlClass.equals("21")
          || sqlClass.equals("22")
          || sqlClass.equals("23")
          || sqlClass.equals("40");
    }
    return false;
  }

  static SubscriberChanged created(String imsi) {
    return new SubscriberChanged(imsi, Change.CREATED, false, null, null, null, null);
  }

  /** The subscriber's document without key material, or null when unknown. */
  @Override
  public Future<JsonObject> get(String imsi) {
    return bounded(
        pool.preparedQuery(SubscriberDocuments.ONE)
            .execute(Tuple.of(imsi))
            .map(rows -> rows.size() == 0 ? null : document(rows.iterator().next(), 0)));
  }

  /**
   * Deletes; completes with the change and the serving nodes just before the row went, or null when
   * unknown.
   */
  public Future<SubscriberChanged> delete(String imsi) {
    return delete(imsi, null);
  }

  /** {@link #delete(String)}, writing {@code audit} in the same transaction when a row went. */
  @Override
  public Future<SubscriberChanged> delete(String imsi, AuditEntry audit) {
    return bounded(
        pool.withTransaction(
            conn ->
                conn.preparedQuery(DELETE)
                    .execute(Tuple.of(imsi))
                    .compose(
                        rows ->
                            rows.size() == 0
                                ? Future.succeededFuture(null)
                                : audit(conn, audit, "delete", List.of())
                                    .map(
                                        audited ->
                                            changed(
                                                imsi,
                                                Change.DELETED,
                                                rows.iterator().next(),
                                                List.of())))));
  }

  /**
   * {@code audit} as {@code action}, and one "sqn-override" row per SQN_HE the write lowered
   * (SQN_HE is no secret: every AUTN carries an SQN), on the change's own connection.
   */
  private static Future<Void> audit(
      SqlConnection conn,
      AuditEntry audit,
      String action,
      List<SubscriberWriter.Lowering> lowered) {
    if (audit == null) {
      return Future.succeededFuture();
    }
    List<AuditEntry> rows = new ArrayList<>();
    rows.add(audit.withAction(action));
    for (SubscriberWriter.Lowering l : lowered) {
      rows.add(
          AuditEntry.of(audit.client(), audit.tokenName(), "sqn-override", l.imsi(), List.of("sqn"))
              .withDetail(new JsonObject().put("sqnBefore", l.from()).put("sqnAfter", l.to())));
    }
    return AuditLog.insert(conn, rows);
  }

  /**
   * Up to {@code limit} documents with IMSI after {@code cursor} ("" for the first page), in IMSI
   * order.
   */
  public Future<JsonArray> page(String cursor, int limit) {
    return bounded(
        pool.preparedQuery(SubscriberDocuments.PAGE)
            .execute(Tuple.of(cursor, limit))
            .map(
                rows -> {
                  JsonArray page = new JsonArray();
                  rows.forEach(row -> page.add(document(row, 1)));
                  return page;
                }));
  }

  /** {@link #page} restricted to the subscribers {@code search} finds. */
  @Override
  public Future<JsonArray> page(String cursor, int limit, SubscriberSearch search) {
    if (search == null) {
      return page(cursor, limit);
    }
    return bounded(
        pool.preparedQuery(SubscriberDocuments.pageWhere(search.field()))
            .execute(Tuple.of(cursor, limit, search.prefix(), search.upperBound()))
            .map(
                rows -> {
                  JsonArray page = new JsonArray();
                  rows.forEach(row -> page.add(document(row, 1)));
                  return page;
                }));
  }

  /**
   * Read-modify-write under the row lock: {@code change} gets the current document with the keys as
   * hex ("k" and "op" or "opc") and returns the subscriber to store, or throws to abort. Completes
   * with the UPDATED change and its snapshot, or null when the subscriber is unknown.
   */
  public Future<SubscriberChanged> patch(String imsi, Function<JsonObject, Subscriber> change) {
    return patch(imsi, change, null);
  }

  /**
   * {@link #patch(String, Function)} with the SQN rule of {@link #put(Subscriber, SqnOverride)}.
   */
  public Future<SubscriberChanged> patch(
      String imsi, Function<JsonObject, Subscriber> change, SqnOverride override) {
    return patch(imsi, change, override, null);
  }

  /** {@link #patch(String, Function, SqnOverride)}, writing {@code audit} in its transaction. */
  @Override
  public Future<SubscriberChanged> patch(
      String imsi,
      Function<JsonObject, Subscriber> change,
      SqnOverride override,
      AuditEntry audit) {
    List<SubscriberWriter.Lowering> lowered = new ArrayList<>();
    return bounded(
        audited(
            override,
            lowered,
            pool.withTransaction(
                conn ->
                    conn.preparedQuery(
                            "SELECT k, op, opc FROM subscribers WHERE imsi = $1 FOR UPDATE")
                        .execute(Tuple.of(imsi))
                        .compose(
                            locked -> {
                              if (locked.size() == 0) {
                                return Future.succeededFuture(null);
                              }
                              Row keys = locked.iterator().next();
                              return conn.preparedQuery(SubscriberDocuments.ONE)
                                  .execute(Tuple.of(imsi))
                                  .compose(
                                      rows -> {
                                        JsonObject current = document(rows.iterator().next(), 0);
                                        List<Integer> before = contextIdsOf(current);
                                        putHex(
                                            current,
                                            "k",
                                            cipher.open(imsi, KeyCipher.Column.K, bytes(keys, 0)));
                                        putHex(
                                            current,
                                            "op",
                                            cipher.open(imsi, KeyCipher.Column.OP, bytes(keys, 1)));
                                        putHex(
                                            current,
                                            "opc",
                                            cipher.open(
                                                imsi, KeyCipher.Column.OPC, bytes(keys, 2)));
                                        return SubscriberWriter.write(
                                                conn,
                                                cipher,
                                                change.apply(current),
                                                override != null,
                                                lowered)
                                            .compose(
                                                created -> audit(conn, audit, "patch", lowered))
                                            .compose(
                                                audited ->
                                                    snapshot(conn, imsi, Change.UPDATED, before));
                                      });
                            }))));
  }

  /**
   * Tells {@code override} each lowering of {@code transaction} once it committed (not when the
   * bound merely gave up waiting: the commit is what is audited); a rolled-back one lowered
   * nothing.
   */
  private static <T> Future<T> audited(
      SqnOverride override, List<SubscriberWriter.Lowering> lowered, Future<T> transaction) {
    return override == null
        ? transaction
        : transaction.onSuccess(
            done -> lowered.forEach(l -> override.lowered(l.imsi(), l.from(), l.to())));
  }

  private static Future<SubscriberChanged> snapshot(
      SqlConnection conn, String imsi, Change change, List<Integer> contextsBefore) {
    return conn.preparedQuery(DATA_CHANGED)
        .execute(Tuple.of(imsi))
        .compose(cleared -> conn.preparedQuery(SNAPSHOT).execute(Tuple.of(imsi)))
        .map(rows -> changed(imsi, change, rows.iterator().next(), contextsBefore));
  }

  /** The APN Context-Identifiers stored before a write (for Delete-Subscriber-Data). */
  private static Future<List<Integer>> contextIds(SqlConnection conn, String imsi) {
    return conn.preparedQuery("SELECT context_id FROM subscriber_apns WHERE imsi = $1")
        .execute(Tuple.of(imsi))
        .map(
            rows -> {
              List<Integer> ids = new ArrayList<>();
              rows.forEach(r -> ids.add(r.getInteger(0)));
              return ids;
            });
  }

  private static List<Integer> contextIdsOf(JsonObject document) {
    List<Integer> ids = new ArrayList<>();
    JsonArray apns = document.getJsonArray("apns");
    if (apns != null) {
      apns.forEach(a -> ids.add(((JsonObject) a).getInteger("contextId")));
    }
    return ids;
  }

  static SubscriberChanged changed(
      String imsi, Change change, Row row, List<Integer> contextsBefore) {
    List<Integer> removed = new ArrayList<>(contextsBefore);
    Integer[] now = row.getArrayOfIntegers(7);
    if (now != null) {
      removed.removeAll(List.of(now));
    }
    return new SubscriberChanged(
        imsi,
        change,
        Boolean.TRUE.equals(row.getBoolean(0)),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        List.copyOf(removed),
        row.getString(8));
  }

  private <T> Future<T> bounded(Future<T> work) {
    return bounded(timeoutMs, work);
  }

  private <T> Future<T> bounded(long boundMs, Future<T> work) {
    return work.timeout(boundMs, TimeUnit.MILLISECONDS)
        .recover(
            failure -> {
              if (failure instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return Future.failedFuture(conflict(pg));
              }
              if (failure instanceof SubscriberConflict
                  || failure instanceof SqnLowered
                  || failure instanceof IllegalArgumentException) {
                return Future.failedFuture(failure);
              }
              return Future.failedFuture(StoreErrors.map(failure));
            });
  }

  private static SubscriberConflict conflict(PgException pg) {
    String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
    if (constraint.contains("impi")) {
      return new SubscriberConflict("ims.impi", "already belongs to another subscriber");
    }
    if (constraint.contains("context_id")) {
      return new SubscriberConflict("apns", "two APNs share one contextId");
    }
    return new SubscriberConflict("imsi", "conflicts with stored data (" + constraint + ")");
  }

  private static JsonObject document(Row row, int column) {
    Object value = row.getValue(column);
    return value instanceof JsonObject json ? json : new JsonObject(value.toString());
  }

  private static void putHex(JsonObject target, String field, byte[] value) {
    if (value != null) {
      target.put(field, HexFormat.of().formatHex(value));
    }
  }

  private static byte[] bytes(Row row, int column) {
    var buffer = row.getBuffer(column);
    return buffer == null ? null : buffer.getBytes();
  }
}
