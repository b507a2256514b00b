package org.reactivehss.store;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.bus.LoopService;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.StorageQueue;

/**
 * The event-bus face of storage. Deploy one instance per event loop: each has its own consumers
 * (also on its loop's own address, {@link LoopAffinity}) and, when batching is on, its own {@link
 * ReservationBatcher} on a pool of its own whose connections live on the same loop, so a
 * reservation goes from the auth verticle to PostgreSQL and back without leaving one thread (and,
 * from the auth verticle on the same loop, without a bus message: {@link LoopAffinity#call}).
 * Addresses and bodies: {@link StoreRequests}.
 */
public final class StorageVerticle extends AbstractVerticle {
  private final Partitions partitions;
  private final HssMetrics metrics;
  private final int connections;
  private SubscriberAuthStore store;
  private final List<Pool> ownPools = new ArrayList<>();
  private List<LoopAffinity.Served> served = List.of();

  public StorageVerticle(Storage storage) {
    this(storage, HssMetrics.NONE, 2);
  }

  /**
   * {@code connections}: the size of this instance's own pool. Half of it (at least one) carries
   * reservation batches, the rest keys reads and resyncs, so a resync never waits behind batches.
   */
  public StorageVerticle(Storage storage, HssMetrics metrics, int connections) {
    this(Partitions.single(storage), metrics, connections);
  }

  /**
   * Over several databases (db.partitions): {@code connections} and a batcher per partition, each
   * reservation sent to the partition of its IMSI ({@link PartitionedAuthStore}). With one
   * database, the store is that database's, with no routing on the path.
   */
  public StorageVerticle(Partitions partitions, HssMetrics metrics, int connections) {
    this.partitions = partitions;
    this.metrics = metrics;
    this.connections = connections;
  }

  @Override
  public void start(Promise<Void> started) {
    registerCodecs(vertx);
    ImsiRouter<SubscriberAuthStore> stores = partitions.route(this::storeOf);
    store =
        new MeasuredStore(
            partitions.single() ? stores.all().get(0) : new PartitionedAuthStore(stores), metrics);
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

  /** One database's store for this loop: its own batcher and pool, or the shared pool. */
  private SubscriberAuthStore storeOf(Storage storage) {
    if (!storage.options().batchReservations()) {
      return storage.directStore();
    }
    Pool ownPool = storage.poolOnThisLoop(connections);
    ownPools.add(ownPool);
    return new ReservationBatcher(
        context,
        ownPool,
        storage.cipher(),
        storage.options().statementTimeoutMs(),
        Math.max(1, connections / 2),
        storage.options().batchIntervalUs(),
        QueueBudget.of(storage.options(), metrics, StorageQueue.SQN_RESERVATIONS),
        metrics);
  }

  @Override
  public void stop(Promise<Void> stopped) {
    served.forEach(LoopAffinity.Served::stop);
    Future.join(ownPools.stream().map(Pool::close).toList()).<Void>mapEmpty().onComplete(stopped);
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
