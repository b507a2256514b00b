package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;

/**
 * Subscriptions to notifications in PostgreSQL (TS 29.328 §6.1.3, §6.1.4): an SNR adds or removes
 * them, a change of data looks up who to notify ({@link ShWatchers}). Expired subscriptions are
 * never returned, and the lookup removes the expired ones of the subscriber in the same statement,
 * so the table holds no more than the live subscriptions plus those of subscribers that have not
 * changed since.
 */
public final class ShSubscriptions {
  private static final String SUBSCRIBE =
      "INSERT INTO sh_subscriptions (identity, origin_host, data_reference, service_indication,"
          + " imsi, origin_realm, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
          + " ON CONFLICT (identity, origin_host, data_reference, service_indication)"
          + " DO UPDATE SET origin_realm = $6, expires_at = $7, imsi = $5";
  private static final String UNSUBSCRIBE =
      "DELETE FROM sh_subscriptions WHERE identity = $1 AND origin_host = $2"
          + " AND data_reference = $3 AND service_indication = $4";
  private final Pool pool;
  private final long timeoutMs;

  public ShSubscriptions(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /**
   * Adds (or renews) {@code subscriptions} of subscriber {@code imsi}; {@code expiry} null: none.
   */
  public Future<Void> subscribe(
      String imsi, List<ShSubscription> subscriptions, Instant expiry, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    OffsetDateTime expires = expiry == null ? null : expiry.atOffset(ZoneOffset.UTC);
    List<Tuple> batch = new ArrayList<>();
    for (ShSubscription s : subscriptions) {
      batch.add(
          Tuple.of(
              s.identity(),
              s.originHost(),
              (short) s.dataReference().code(),
              s.serviceIndication(),
              imsi,
              s.originRealm(),
              expires));
    }
    return bounded(pool.preparedQuery(SUBSCRIBE).executeBatch(batch).mapEmpty());
  }

  /** Removes {@code subscriptions}; removing one that does not exist is no error. */
  public Future<Void> unsubscribe(List<ShSubscription> subscriptions, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    List<Tuple> batch = new ArrayList<>();
    for (ShSubscription s : subscriptions) {
      batch.add(
          Tuple.of(
              s.identity(),
              s.originHost(),
              (short) s.dataReference().code(),
              s.serviceIndication()));
    }
    return bounded(pool.preparedQuery(UNSUBSCRIBE).executeBatch(batch).mapEmpty());
  }

  /**
   * The live subscriptions of subscriber {@code imsi} to any of {@code references}, for {@code
   * identity} and {@code serviceIndication} when not null. On an event loop, the lookups of one
   * turn share a statement ({@link ShWatchers}).
   */
  public Future<List<ShSubscription>> watchers(
      String imsi, Set<ShDataReference> references, String identity, String serviceIndication) {
    var change =
        new ShWatchers.Change(
            imsi, references, identity, serviceIndication, Promise.promise(), Deadline.NONE);
    ShWatchers onThisLoop = PerEventLoop.get(this, context -> new ShWatchers(context, pool));
    if (onThisLoop != null) {
      return bounded(onThisLoop.watchers(change));
    }
    ShWatchers.read(pool, List.of(change));
    return bounded(change.watchers().future());
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
