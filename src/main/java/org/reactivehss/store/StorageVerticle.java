package org.reactivehss.store;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.metrics.HssMetrics;

/**
 * The event-bus face of storage. Deploy several instances (one per event loop): each has its own
 * consumers and, when batching is on, its own {@link ReservationBatcher} collecting the reservations
 * of its loop's turn. Addresses and bodies: {@link StoreRequests}.
 */
public final class StorageVerticle extends AbstractVerticle {
  private final Storage storage;
  private final HssMetrics metrics;
  private SubscriberAuthStore store;

  public StorageVerticle(Storage storage) {
    this(storage, HssMetrics.NONE);
  }

  public StorageVerticle(Storage storage, HssMetrics metrics) {
    this.storage = storage;
    this.metrics = metrics;
  }

  @Override
  public void start() {
    registerCodecs(vertx);
    store = new MeasuredStore(storage.options().batchReservations()
        ? new ReservationBatcher(context, storage.pool(), storage.cipher(),
            storage.options().statementTimeoutMs(), Math.max(1, storage.options().poolSize() / 2))
        : storage.directStore(), metrics);
    vertx.eventBus().<StoreRequests.Keys>localConsumer(StoreRequests.KEYS,
        message -> reply(message, store.keys(message.body().imsi())));
    vertx.eventBus().<StoreRequests.Reserve>localConsumer(StoreRequests.RESERVE,
        message -> reply(message, store.reserve(message.body().imsi(), message.body().n())));
    vertx.eventBus().<StoreRequests.Resync>localConsumer(StoreRequests.RESYNC, message -> {
      StoreRequests.Resync body = message.body();
      reply(message, store.resyncAndReserve(body.imsi(), body.floor(), body.n()));
    });
  }

  private static void reply(Message<?> message, Future<?> result) {
    result.onComplete(done -> {
      if (done.succeeded()) {
        message.reply(done.result());
      } else {
        StoreException failure = done.cause() instanceof IllegalArgumentException bad
            ? new StoreException(StoreFailure.UNAVAILABLE, bad.getMessage())
            : StoreErrors.map(done.cause());
        message.fail(failure.failure().ordinal(), failure.getMessage());
      }
    });
  }

  /** The local codecs of the storage verticle's requests and replies, once per Vert.x instance. */
  static void registerCodecs(Vertx vertx) {
    LocalCodec.register(vertx, StoreRequests.Keys.class);
    LocalCodec.register(vertx, StoreRequests.Reserve.class);
    LocalCodec.register(vertx, StoreRequests.Resync.class);
    LocalCodec.register(vertx, SubscriberKeys.class);
    LocalCodec.register(vertx, SqnReservation.class);
  }
}
