package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Requests handed from one replica to another through the shared database (docs/scale-out.md). The
 * bytes travel in a row of {@code relayed_requests}; NOTIFY on the receiving replica's channel
 * carries only {@code req:<id>} or {@code ans:<id>}, since a NOTIFY payload is limited to 8000
 * bytes and an IDR with a full subscription can be larger. NOTIFY is sent on commit, so the row is
 * there when the notice arrives. Nothing here knows Diameter: requests and answers are bytes.
 */
public final class RelayedRequests {
  /** Prefix of a notice that a request waits for its holder. */
  public static final String REQUEST = "req:";

  /** Prefix of a notice that an answer waits for its sender. */
  public static final String ANSWER = "ans:";

  private static final String CHANNEL_SQL = "'hss_relay_' || left(md5(%s), 16)";

  /**
   * One round trip: choose a live holder of the peer (the freshest heartbeat), store the request
   * for it, and notify it; no row when no live replica holds the peer.
   */
  private static final String SUBMIT =
      "WITH holder AS (SELECT p.replica_id FROM replica_peers p JOIN replicas r USING (replica_id)"
          + " WHERE p.peer_key = $4 AND p.replica_id <> $2"
          + " AND r.seen_at > now() - $7 * interval '1 millisecond'"
          + " ORDER BY r.seen_at DESC LIMIT 1),"
          + " stored AS (INSERT INTO relayed_requests"
          + " (id, sender, holder, peer_host, request, expires_at)"
          + " SELECT $1, $2, holder.replica_id, $3, $5, now() + $6 * interval '1 millisecond'"
          + " FROM holder RETURNING holder)"
          + " SELECT holder, pg_notify("
          + CHANNEL_SQL.formatted("holder")
          + ", '"
          + REQUEST
          + "' || $1::text) FROM stored";

  private static final String CLAIM =
      "UPDATE relayed_requests SET claimed = true"
          + " WHERE id = $1 AND holder = $2 AND NOT claimed AND expires_at > now()"
          + " RETURNING peer_host, request";

  private static final String ANSWER_SQL =
      "WITH done AS (UPDATE relayed_requests SET outcome = $2, answer = $3 WHERE id = $1"
          + " RETURNING sender) SELECT pg_notify("
          + CHANNEL_SQL.formatted("sender")
          + ", '"
          + ANSWER
          + "' || $1::text) FROM done";

  private static final String TAKE =
      "DELETE FROM relayed_requests WHERE id = $1 RETURNING outcome, answer";

  private static final String UNCLAIMED =
      "SELECT id FROM relayed_requests WHERE holder = $1 AND NOT claimed AND expires_at > now()";

  private static final String EXPIRED =
      "DELETE FROM relayed_requests WHERE expires_at < now() - interval '1 minute'";

  private final Pool pool;
  private final long timeoutMs;

  public RelayedRequests(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /** The LISTEN channel of {@code replica}: short and quoting-safe whatever the id is. */
  public static String channelOf(String replica) {
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5").digest(replica.getBytes(StandardCharsets.UTF_8));
      return "hss_relay_" + HexFormat.of().formatHex(md5).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  /** A request for {@code peerKey}'s holder; null when no live replica holds the peer. */
  public Future<String> submit(
      UUID id,
      String sender,
      String peerHost,
      String peerKey,
      byte[] request,
      long expiresInMs,
      long staleMs) {
    Tuple args =
        Tuple.tuple()
            .addUUID(id)
            .addString(sender)
            .addString(peerHost)
            .addString(peerKey)
            .addBuffer(Buffer.buffer(request))
            .addLong(expiresInMs)
            .addLong(staleMs);
    return bounded(pool.preparedQuery(SUBMIT).execute(args))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
  }

  /** The holder takes the request once: its peer and bytes, or null (taken, expired, gone). */
  public Future<Claimed> claim(UUID id, String holder) {
    return bounded(pool.preparedQuery(CLAIM).execute(Tuple.of(id, holder)))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return null;
              }
              Row row = rows.iterator().next();
              return new Claimed(row.getString(0), row.getBuffer(1).getBytes());
            });
  }

  /** The holder's outcome and, when the peer answered, the answer's bytes; notifies the sender. */
  public Future<Void> answer(UUID id, String outcome, byte[] answer) {
    return bounded(
            pool.preparedQuery(ANSWER_SQL)
                .execute(
                    Tuple.tuple()
                        .addUUID(id)
                        .addString(outcome)
                        .addBuffer(answer == null ? null : Buffer.buffer(answer))))
        .mapEmpty();
  }

  /** The sender removes the row; its outcome when the holder had written one, else null. */
  public Future<Outcome> take(UUID id) {
    return bounded(pool.preparedQuery(TAKE).execute(Tuple.of(id)))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return null;
              }
              Row row = rows.iterator().next();
              Buffer answer = row.getBuffer(1);
              return row.getString(0) == null
                  ? null
                  : new Outcome(row.getString(0), answer == null ? null : answer.getBytes());
            });
  }

  /** Requests for {@code holder} nobody took: their notices may have been missed on a reconnect. */
  public Future<List<UUID>> unclaimed(String holder) {
    return bounded(pool.preparedQuery(UNCLAIMED).execute(Tuple.of(holder)))
        .map(
            rows -> {
              List<UUID> ids = new ArrayList<>();
              rows.forEach(r -> ids.add(r.getUUID(0)));
              return ids;
            });
  }

  /** Rows left by senders that died before taking them. */
  public Future<Void> removeExpired() {
    return bounded(pool.query(EXPIRED).execute()).mapEmpty();
  }

  private Future<RowSet<Row>> bounded(Future<RowSet<Row>> query) {
    return query
        .timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  /** A claimed request: the peer's Origin-Host and the request's bytes. */
  public record Claimed(String peerHost, byte[] request) {}

  /** The holder's outcome (e.g. answered, unavailable, timeout) and the answer's bytes if any. */
  public record Outcome(String outcome, byte[] answer) {}
}
