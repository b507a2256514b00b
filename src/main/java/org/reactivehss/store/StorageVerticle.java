package org.reactivehss.store;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.sqlclient.Pool;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.metrics.HssMetrics;

/**
 * The event-bus face of storage. Deploy one instance per event loop: each has its own consumers (also
 * on its loop's own address, {@link LoopAffinity}) and, when batching is on, its own
 * {@link ReservationBatcher} on a pool of its own whose connections live on the same loop, so a
 * reservation goes from the auth verticle to PostgreSQL and back without leaving one thread.
 * Addresses and bodies: {@link StoreRequests}.
 */
public final class StorageVerticle extends AbstractVerticle {
  private final Storage storage;
  private final HssMetrics metrics;
  private final int connections;
  private SubscriberAuthStore store;
  private Pool ownPool;

  public StorageVerticle(Storage storage) {
    this(storage, HssMetrics.NONE, 2);
  }

  /**
   * {@code connections}: the size of this instance's own pool. Half of it (at least one) carries
   * reservation batches, the rest keys reads and resyncs, so a resync never waits behind batches.
   */
  public StorageVerticle(Storage storage, HssMetrics metrics, int connections) {
    this.storage = storage;
    this.metrics = metrics;
    this.connections = connections;
  }

  @Override
  public void start() {
    registerCodecs(vertx);
    if (storage.options().batchReservations()) {
      ownPool = storage.poolOnThisLoop(connections);
      store = new MeasuredStore(new ReservationBatcher(context, ownPool, storage.cipher(),
          storage.options().statementTimeoutMs(), Math.max(1, connections / 2),
          storage.options().batchIntervalUs(), metrics), metrics);
    } else {
      store = new MeasuredStore(storage.directStore(), metrics);
    }
    LoopAffinity.<StoreRequests.Keys>localConsumer(vertx.eventBus(), StoreRequests.KEYS,
        message -> reply(message, store.keys(message.body().imsi())));
    LoopAffinity.<StoreRequests.Reserve>localConsumer(vertx.eventBus(), StoreRequests.RESERVE,
        message -> reply(message, store.reserve(message.body().imsi(), message.body().n())));
    LoopAffinity.<StoreRequests.Resync>localConsumer(vertx.eventBus(), StoreRequests.RESYNC, message -> {
      StoreRequests.Resync body = message.body();
      reply(message, store.resyncAndReserve(body.imsi(), body.floor(), body.n()));
    });
  }

  @Override
  public void stop(Promise<Void> stopped) {
    if (ownPool == null) {
      stopped.complete();
    } else {
      ownPool.close().onComplete(stopped);
    }
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
