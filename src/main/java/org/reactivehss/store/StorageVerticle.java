package org.reactivehss.store;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.sqlclient.Pool;
import java.util.List;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.bus.LoopService;
import org.reactivehss.metrics.HssMetrics;

/**
 * The event-bus face of storage. Deploy one instance per event loop: each has its own consumers
 * (also on its loop's own address, {@link LoopAffinity}) and, when batching is on, its own {@link
 * ReservationBatcher} on a pool of its own whose connections live on the same loop, so a
 * reservation goes from the auth verticle to PostgreSQL and back without leaving one thread (and,
 * from the auth verticle on the same loop, without a bus message: {@link LoopAffinity#call}).
 * Addresses and bodies: {@link StoreRequests}.
 */
public final class StorageVerticle extends AbstractVerticle {
  private final Storage storage;
  private final HssMetrics metrics;
  private final int connections;
  private SubscriberAuthStore store;
  private Pool ownPool;
  private List<LoopAffinity.Served> served = List.of();

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
  public void start(Promise<Void> started) {
    registerCodecs(vertx);
    if (storage.options().batchReservations()) {
      ownPool = storage.poolOnThisLoop(connections);
      store =
          new MeasuredStore(
              new ReservationBatcher(
                  context,
                  ownPool,
                  storage.cipher(),
                  storage.options().statementTimeoutMs(),
                  Math.max(1, connections / 2),
                  storage.options().batchIntervalUs(),
                  metrics),
              metrics);
    } else {
      store = new MeasuredStore(storage.directStore(), metrics);
    }
    EventBus bus = vertx.eventBus();
    served =
        List.of(
            LoopAffinity.serve(
                bus,
                StoreRequests.KEYS,
                LoopService.<StoreRequests.Keys, SubscriberKeys>of(
                    keys -> store.keys(keys.imsi(), keys.deadline()), StorageVerticle::asReply)),
            LoopAffinity.serve(
                bus,
                StoreRequests.RESERVE,
                LoopService.<StoreRequests.Reserve, SqnReservation>of(
                    reserve -> store.reserve(reserve.imsi(), reserve.n(), reserve.deadline()),
                    StorageVerticle::asReply)),
            LoopAffinity.serve(
                bus,
                StoreRequests.RESYNC,
                LoopService.<StoreRequests.Resync, SqnReservation>of(
                    resync ->
                        store.resyncAndReserve(
                            resync.imsi(), resync.floor(), resync.n(), resync.deadline()),
                    StorageVerticle::asReply)));
    Future.all(served.stream().map(LoopAffinity.Served::registered).toList())
        .<Void>mapEmpty()
        .onComplete(started);
  }

  @Override
  public void stop(Promise<Void> stopped) {
    served.forEach(LoopAffinity.Served::stop);
    if (ownPool == null) {
      stopped.complete();
    } else {
      ownPool.close().onComplete(stopped);
    }
  }

  /**
   * Every failure leaves as the {@link org.reactivehss.failure.HssFailure} the caller receives
   * unchanged.
   */
  private static ReplyException asReply(Throwable cause) {
    return StoreErrors.map(cause);
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
