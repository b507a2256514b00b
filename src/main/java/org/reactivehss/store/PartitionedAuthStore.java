package org.reactivehss.store;

import io.vertx.core.Future;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * Keys and SQN reservations on the database of the subscriber's IMSI range: a subscriber's row
 * lives in one partition only, so every reservation for it goes to that partition's primary and the
 * SQN rule holds as with one database (docs/sqn.md). An IMSI in no range is an unknown subscriber
 * (S6a 5001, TS 29.272 §5.2.3.1.3).
 */
final class PartitionedAuthStore implements SubscriberAuthStore {
  private final ImsiRouter<SubscriberAuthStore> stores;

  PartitionedAuthStore(ImsiRouter<SubscriberAuthStore> stores) {
    this.stores = stores;
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    SubscriberAuthStore store = stores.forImsi(imsi);
    return store == null ? unknown() : store.keys(imsi, deadline);
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    SubscriberAuthStore store = stores.forImsi(imsi);
    return store == null ? unknown() : store.reserve(imsi, n, deadline);
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    SubscriberAuthStore store = stores.forImsi(imsi);
    return store == null ? unknown() : store.resyncAndReserve(imsi, floor, n, deadline);
  }

  private static <T> Future<T> unknown() {
    return Future.failedFuture(HssFailure.of(FailureKind.UNKNOWN_SUBSCRIBER, NoPartition.REASON));
  }
}
