package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.metrics.HssMetrics;

/**
 * {@link SubscriberAuthStore} for the auth verticles: each call is a request to {@link
 * StorageVerticle} with a timeout (a plain call when a storage verticle serves the caller's event
 * loop, {@link LoopAffinity#call}). The storage verticle's {@link HssFailure} arrives unchanged;
 * what the bus adds on its own (no reply in time, no storage verticle) becomes one here, never
 * passed on raw.
 */
public final class EventBusSubscriberAuthStore implements SubscriberAuthStore {
  private final Vertx vertx;
  private final DeliveryOptions delivery;
  private final HssMetrics metrics;

  /**
   * {@code timeoutMs} bounds the bus hop of calls without a deadline (no peer waits on them) and
   * should exceed the storage statement timeout so the store's own outcome wins; a call with a
   * deadline waits exactly what is left of it.
   */
  public EventBusSubscriberAuthStore(Vertx vertx, long timeoutMs) {
    this(vertx, timeoutMs, HssMetrics.NONE);
  }

  public EventBusSubscriberAuthStore(Vertx vertx, long timeoutMs, HssMetrics metrics) {
    StorageVerticle.registerCodecs(vertx);
    this.vertx = vertx;
    this.delivery = new DeliveryOptions().setSendTimeout(timeoutMs).setLocalOnly(true);
    this.metrics = metrics;
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    return request(StoreRequests.KEYS, new StoreRequests.Keys(imsi, deadline), deadline);
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    return request(StoreRequests.RESERVE, new StoreRequests.Reserve(imsi, n, deadline), deadline);
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    return request(
        StoreRequests.RESYNC, new StoreRequests.Resync(imsi, floor, n, deadline), deadline);
  }

  private <T> Future<T> request(String address, Object body, Deadline deadline) {
    return LoopAffinity.<T>call(
            vertx.eventBus(),
            address,
            body,
            deadline.isBounded() ? deadline.sendOptions() : delivery)
        .recover(
            failure -> {
              if (failure instanceof ReplyException reply
                  && reply.failureType() == ReplyFailure.TIMEOUT) {
                metrics.busTimeout(BusTarget.STORAGE);
              }
              return Future.failedFuture(
                  failure instanceof ReplyException reply
                          && reply.failureType() == ReplyFailure.NO_HANDLERS
                      ? HssFailure.of(
                          FailureKind.STORAGE_UNAVAILABLE, "storage verticle not deployed")
                      : HssFailure.from(failure));
            });
  }
}
