package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reactivehss.metrics.HssMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The databases subscribers live in (docs/scale-out.md, "Past one database"): one {@link Storage}
 * when {@code db.partitions} is empty (the single database, embedded by default, exactly as
 * before), otherwise one per partition, each with its own pool and migrations, chosen by IMSI
 * range. Tables not keyed by subscriber (audit log, replica directory, relayed requests, EIR) live
 * in the {@link #first()} one.
 */
public final class Partitions {
  private static final Logger LOG = LoggerFactory.getLogger(Partitions.class);

  private final List<String> names;
  private final ImsiRouter<Storage> router;
  private final boolean single;

  private Partitions(List<String> names, ImsiRouter<Storage> router, boolean single) {
    this.names = List.copyOf(names);
    this.router = router;
    this.single = single;
  }

  /** One database: every IMSI is its (no range is consulted). */
  public static Partitions single(Storage storage) {
    return new Partitions(
        List.of("default"), ImsiRouter.of(List.of(List.of()), List.of(storage)), true);
  }

  /**
   * Starts every database in configuration order (migrations run on each); if one fails, those
   * already started are closed and the start fails naming the partition.
   */
  public static Future<Partitions> start(Vertx vertx, StoreOptions options) {
    return start(vertx, options, HssMetrics.NONE);
  }

  /** As {@link #start(Vertx, StoreOptions)}, every database counting into {@code metrics}. */
  public static Future<Partitions> start(Vertx vertx, StoreOptions options, HssMetrics metrics) {
    if (options.partitions().isEmpty()) {
      return Storage.start(vertx, options, metrics).map(Partitions::single);
    }
    List<PartitionOptions> configured = options.partitions();
    List<Storage> started = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (PartitionOptions p : configured) {
      chain =
          chain.compose(
              v ->
                  Storage.start(vertx, options.forPartition(p), metrics)
                      .recover(
                          failure ->
                              Future.failedFuture(
                                  new IllegalStateException(
                                      "db.partitions '" + p.name() + "': " + failure.getMessage(),
                                      failure)))
                      .map(
                          storage -> {
                            started.add(storage);
                            LOG.info("partition {} ready for IMSIs {}", p.name(), p.ranges());
                            return null;
                          }));
    }
    return chain
        .map(
            v ->
                new Partitions(
                    configured.stream().map(PartitionOptions::name).toList(),
                    ImsiRouter.of(
                        configured.stream().map(PartitionOptions::ranges).toList(), started),
                    false))
        .recover(
            failure ->
                Future.join(started.stream().map(Storage::close).toList())
                    .transform(closed -> Future.failedFuture(failure)));
  }

  /** Whether there is one database only: then nothing is routed. */
  public boolean single() {
    return single;
  }

  /** The first partition's (or the only) database: where tables not keyed by IMSI live. */
  public Storage first() {
    return router.all().get(0);
  }

  public List<Storage> all() {
    return router.all();
  }

  public List<String> names() {
    return names;
  }

  /**
   * One {@code T} per partition (built by {@code f} from its database) behind the same IMSI ranges.
   */
  public <T> ImsiRouter<T> route(Function<Storage, T> f) {
    return router.map(f);
  }

  /** The S6a store: the only database's, or one routing by IMSI over every partition's. */
  public S6aStore s6aStore() {
    ImsiRouter<S6aStore> stores = route(PgS6aStore::new);
    return single ? stores.all().get(0) : new PartitionedS6aStore(stores);
  }

  /** The Cx store: the only database's, or one routing by IMSI (or asking all) over every one. */
  public ImsStore imsStore() {
    ImsiRouter<ImsStore> stores = route(PgImsStore::new);
    return single ? stores.all().get(0) : new PartitionedImsStore(stores);
  }

  /** The provisioning store: the only database's, or one writing each IMSI to its partition. */
  public SubscriberStore subscribers() {
    ImsiRouter<SubscriberRepository> stores = route(SubscriberRepository::new);
    return single ? stores.all().get(0) : new PartitionedSubscribers(stores);
  }

  /**
   * Key rotation in every partition, one after another (docs/storage.md): the counts added up, the
   * problems of each prefixed with its partition's name when there are several.
   */
  public Future<ResealResult> resealKeys() {
    if (single) {
      return first().resealKeys();
    }
    Future<List<ResealResult>> chain = Future.succeededFuture(new ArrayList<>());
    for (Storage storage : router.all()) {
      chain =
          chain.compose(
              done ->
                  storage
                      .resealKeys()
                      .map(
                          r -> {
                            done.add(r);
                            return done;
                          }));
    }
    return chain.map(
        results -> {
          int resealed = 0;
          int unopenable = 0;
          List<String> problems = new ArrayList<>();
          for (int i = 0; i < results.size(); i++) {
            ResealResult r = results.get(i);
            resealed += r.resealed();
            unopenable += r.unopenable();
            for (String problem : r.problems()) {
              problems.add(names.get(i) + ": " + problem);
            }
          }
          return new ResealResult(
              resealed, unopenable, results.get(0).currentKeyId(), List.copyOf(problems));
        });
  }

  /** Every partition's key check (start-time, and after each reseal) passed. */
  public Future<Void> keysVerified() {
    return Future.all(router.all().stream().map(Storage::keysVerified).toList()).mapEmpty();
  }

  /**
   * Readiness of the databases: the names of the partitions that do not answer a ping within the
   * statement timeout (empty when all answer).
   */
  public Future<List<String>> unreachable() {
    List<Future<Void>> pings = router.all().stream().map(Storage::ping).toList();
    return Future.join(pings)
        .transform(
            done -> {
              List<String> down = new ArrayList<>();
              for (int i = 0; i < pings.size(); i++) {
                if (pings.get(i).failed()) {
                  down.add(names.get(i));
                }
              }
              return Future.succeededFuture(down);
            });
  }

  public Future<Void> close() {
    return Future.join(router.all().stream().map(Storage::close).toList()).mapEmpty();
  }
}
