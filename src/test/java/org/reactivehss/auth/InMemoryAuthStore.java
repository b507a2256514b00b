package org.reactivehss.auth;

import io.vertx.core.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.SqnReservation;
import org.reactivehss.store.SubscriberAuthStore;
import org.reactivehss.store.SubscriberKeys;

/**
 * Test stand-in for the PostgreSQL store: each reservation is one atomic map update with the same
 * arithmetic as the SQL (SQN_HE := SQN_HE + n mod 2^48; resync: SQN_HE := max(SQN_HE, floor)
 * first). Futures complete before they are returned.
 */
final class InMemoryAuthStore implements SubscriberAuthStore {
  private final ConcurrentHashMap<String, SubscriberKeys> subscribers = new ConcurrentHashMap<>();

  void put(SubscriberKeys keys) {
    subscribers.put(keys.imsi(), keys);
  }

  long sqnHe(String imsi) {
    return subscribers.get(imsi).sqnHe();
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    SubscriberKeys keys = subscribers.get(imsi);
    return keys == null ? unknown() : Future.succeededFuture(keys);
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    return reserveFrom(imsi, 0, n, false);
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    return reserveFrom(imsi, floor, n, true);
  }

  private Future<SqnReservation> reserveFrom(String imsi, long floor, int n, boolean resync) {
    AtomicReference<SqnReservation> reservation = new AtomicReference<>();
    SubscriberKeys updated =
        subscribers.computeIfPresent(
            imsi,
            (key, old) -> {
              long base = resync ? Math.max(old.sqnHe(), floor) : old.sqnHe();
              SubscriberKeys next =
                  new SubscriberKeys(
                      old.imsi(),
                      old.algorithm(),
                      old.k(),
                      old.op(),
                      old.opc(),
                      old.amf(),
                      Sqn.of(base).plus(n).value());
              reservation.set(new SqnReservation(next, Sqn.of(base).plus(1).value(), n));
              return next;
            });
    return updated == null ? unknown() : Future.succeededFuture(reservation.get());
  }

  private static <T> Future<T> unknown() {
    return Future.failedFuture(HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, "unknown subscriber"));
  }
}
