package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes and reads the authentication history. Off the request's latency: {@link #record} returns
 * at once and the events of one event-loop turn go to PostgreSQL as one transaction ({@link
 * TurnBatch}): one multi-row INSERT, then the same subscribers' events beyond the count or the age
 * bound are deleted. A failed write is logged and dropped; it never fails the authentication it
 * describes.
 */
public final class AuthEventLog {
  /** What tests and tools without a database record into: nothing. */
  public static final AuthEventLog NONE =
      new AuthEventLog((Pool) null, AuthHistoryOptions.DEFAULTS, null);

  private static final Logger LOG = LoggerFactory.getLogger(AuthEventLog.class);
  private static final int MAX_BATCH = 256;
  private static final String INSERT_MANY =
      "INSERT INTO auth_events (imsi, kind, interface, peer, sqn_before, sqn_after, at) "
          + "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int8[], $6::int8[], "
          + "$7::timestamptz[])";
  private static final String TRIM =
      "DELETE FROM auth_events e WHERE e.imsi = ANY($1) AND (e.at < now() - make_interval(days => $3) "
          + "OR e.id NOT IN (SELECT id FROM auth_events k WHERE k.imsi = e.imsi "
          + "ORDER BY at DESC, id DESC LIMIT $2))";

  /** No row: no such subscriber; one row of nulls: a subscriber without events. */
  private static final String NEWEST =
      "SELECT e.at, e.kind, e.interface, e.peer, e.sqn_before, e.sqn_after, e.id FROM subscribers s "
          + "LEFT JOIN LATERAL (SELECT * FROM auth_events a WHERE a.imsi = s.imsi ORDER BY a.at DESC, a.id DESC "
          + "LIMIT $2) e ON true WHERE s.imsi = $1 ORDER BY e.at DESC, e.id DESC";

  private final Pool pool;
  private final AuthHistoryOptions options;

  /** With db.partitions: each partition's log, the one of the event's IMSI writing it. */
  private final ImsiRouter<AuthEventLog> partitions;

  public AuthEventLog(Storage storage, AuthHistoryOptions options) {
    this(storage == null ? null : storage.pool(), options, null);
  }

  private AuthEventLog(Pool pool, AuthHistoryOptions options, ImsiRouter<AuthEventLog> partitions) {
    this.pool = pool;
    this.options = options;
    this.partitions = partitions;
  }

  /**
   * The history over {@code partitions}: events live beside their subscriber's row (auth_events
   * references it), so each goes to the partition of its IMSI.
   */
  public static AuthEventLog over(Partitions partitions, AuthHistoryOptions options) {
    if (partitions.single()) {
      return new AuthEventLog(partitions.first(), options);
    }
    return new AuthEventLog(
        null, options, partitions.route(storage -> new AuthEventLog(storage, options)));
  }

  /**
   * Queues {@code event}; it is durable shortly after, never before the answer that caused it. The
   * future completes when the write ended, written or dropped (callers on a request path ignore
   * it).
   */
  public Future<Void> record(AuthEvent event) {
    if (partitions != null) {
      AuthEventLog log = partitions.forImsi(event.imsi());
      return log == null ? Future.succeededFuture() : log.record(event);
    }
    if (pool == null || !options.enabled()) {
      return Future.succeededFuture();
    }
    Context context = Vertx.currentContext();
    Pending pending = new Pending(event, Promise.promise());
    if (context != null && context.isEventLoopContext()) {
      TurnBatch<Pending> batch = context.get(this);
      if (batch == null) {
        batch = new TurnBatch<>(context, MAX_BATCH, 1, this::write);
        context.put(this, batch);
      }
      batch.add(pending);
    } else {
      write(List.of(pending));
    }
    return pending.written().future();
  }

  /**
   * The newest {@code limit} events of {@code imsi}, newest first; fails UNKNOWN_SUBSCRIBER when
   * there is no such subscriber.
   */
  public Future<List<AuthEvent>> newest(String imsi, int limit) {
    if (partitions != null) {
      AuthEventLog log = partitions.forImsi(imsi);
      return log == null
          ? Future.failedFuture(
              HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber " + imsi))
          : log.newest(imsi, limit);
    }
    return pool.preparedQuery(NEWEST)
        .execute(Tuple.of(imsi, limit))
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber " + imsi);
              }
              List<AuthEvent> events = new ArrayList<>(rows.size());
              for (Row r : rows) {
                if (r.getString("kind") == null) {
                  continue;
                }
                events.add(
                    new AuthEvent(
                        imsi,
                        AuthEvent.Kind.fromSql(r.getString("kind")),
                        AuthEvent.Interface.fromSql(r.getString("interface")),
                        r.getString("peer"),
                        r.getLong("sqn_before"),
                        r.getLong("sqn_after"),
                        r.getOffsetDateTime("at").toInstant()));
              }
              return events;
            });
  }

  private Future<?> write(List<Pending> batch) {
    int n = batch.size();
    String[] imsis = new String[n];
    String[] kinds = new String[n];
    String[] interfaces = new String[n];
    String[] peers = new String[n];
    Long[] before = new Long[n];
    Long[] after = new Long[n];
    java.time.OffsetDateTime[] at = new java.time.OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      AuthEvent e = batch.get(i).event();
      imsis[i] = e.imsi();
      kinds[i] = e.kind().sql();
      interfaces[i] = e.iface().sql();
      peers[i] = e.peer();
      before[i] = e.sqnBefore();
      after[i] = e.sqnAfter();
      at[i] = e.at().atOffset(java.time.ZoneOffset.UTC);
    }
    String[] distinct = java.util.Arrays.stream(imsis).distinct().toArray(String[]::new);
    return pool.withTransaction(
            conn ->
                conn.preparedQuery(INSERT_MANY)
                    .execute(
                        Tuple.tuple()
                            .addArrayOfString(imsis)
                            .addArrayOfString(kinds)
                            .addArrayOfString(interfaces)
                            .addArrayOfString(peers)
                            .addArrayOfLong(before)
                            .addArrayOfLong(after)
                            .addArrayOfOffsetDateTime(at))
                    .compose(
                        inserted ->
                            conn.preparedQuery(TRIM)
                                .execute(
                                    Tuple.of(
                                        distinct,
                                        options.maxPerSubscriber(),
                                        options.maxAgeDays()))))
        .onFailure(
            failure ->
                LOG.warn(
                    "{} authentication history events not recorded: {}",
                    n,
                    StoreErrors.map(failure).detail()))
        .onComplete(done -> batch.forEach(p -> p.written().tryComplete()));
  }

  private record Pending(AuthEvent event, Promise<Void> written) implements TurnBatch.Item {
    @Override
    public Deadline deadline() {
      return Deadline.NONE;
    }

    @Override
    public void fail(Throwable failure) {
      written.tryFail(failure);
    }
  }
}
