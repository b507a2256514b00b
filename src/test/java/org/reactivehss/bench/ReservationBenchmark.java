package org.reactivehss.bench;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.EventBusSubscriberAuthStore;
import org.reactivehss.store.Storage;
import org.reactivehss.store.StorageVerticle;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.SubscriberRepository;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.store.TestSubscribers;

/**
 * SQN reservations per second against a fresh embedded PostgreSQL: through the storage verticle one
 * statement per request, through it batched, and the floor: a bare single-row UPDATE on the raw
 * pool (no RETURNING, no decryption, no event bus). Optionally pgbench runs the same UPDATE (see
 * the script).
 *
 * <p>Arguments: seconds per run (10), requests in flight (64), subscribers (1000), pool size (8).
 */
public final class ReservationBenchmark {
  static final String RAW_UPDATE =
      "UPDATE subscribers SET sqn = (sqn + 1) & 281474976710655 WHERE imsi = $1";

  private ReservationBenchmark() {}

  static String imsi(int i) {
    return TestSubscribers.imsi(i);
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int subscribers = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int poolSize = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    Path dataDir = Files.createTempDirectory("hss-bench");
    Vertx vertx = Vertx.vertx();
    List<String> lines = new ArrayList<>();
    Storage batched = null;
    Storage single = null;
    try {
      StoreOptions base =
          StoreOptions.defaults()
              .withEmbedded(dataDir.toString(), 0)
              .withKey(TestDatabase.TEST_KEY, 1, Map.of());
      batched =
          Storage.start(vertx, base.withPool(poolSize, 5_000, true)).await(120, TimeUnit.SECONDS);
      provision(batched, subscribers);
      int port =
          batched
              .pool()
              .query("SELECT inet_server_port()")
              .execute()
              .await(10, TimeUnit.SECONDS)
              .iterator()
              .next()
              .getInteger(0);
      // the same embedded server as a second, unbatched client: role hss with its generated
      // password
      Properties passwords = new Properties();
      try (Reader in = Files.newBufferedReader(dataDir.resolve("postgres-passwords.properties"))) {
        passwords.load(in);
      }
      single =
          Storage.start(
                  vertx,
                  base.external("127.0.0.1", port, "postgres", "hss", passwords.getProperty("hss"))
                      .withPool(poolSize, 5_000, false))
              .await(60, TimeUnit.SECONDS);
      System.out.printf(
          "database: embedded PostgreSQL 17 on port %d; %d subscribers, %d in flight, pool %d, %d s per run%n",
          port, subscribers, concurrency, poolSize, seconds);
      Storage raw = batched;
      lines.add(
          run(
              vertx,
              "raw pool, UPDATE without RETURNING",
              seconds,
              concurrency,
              subscribers,
              imsi -> raw.pool().preparedQuery(RAW_UPDATE).execute(Tuple.of(imsi))));
      lines.add(
          runThroughVerticle(
              vertx, single, "storage verticle, single", seconds, concurrency, subscribers));
      lines.add(
          runThroughVerticle(
              vertx, batched, "storage verticle, batched", seconds, concurrency, subscribers));
      lines.forEach(System.out::println);
      System.out.println("PGPORT=" + port);
      System.out.println("PASSWORDS=" + dataDir.resolve("postgres-passwords.properties"));
      if (args.length > 4 && "--hold".equals(args[4])) {
        System.out.println("holding the database for pgbench; close stdin to stop");
        System.in.read();
      }
    } finally {
      if (single != null) {
        single.close().await(30, TimeUnit.SECONDS);
      }
      if (batched != null) {
        batched.close().await(60, TimeUnit.SECONDS);
      }
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }

  private static void provision(Storage storage, int subscribers) throws Exception {
    SubscriberRepository repository = new SubscriberRepository(storage);
    for (int start = 0; start < subscribers; start += 100) {
      List<Future<SubscriberChanged>> puts = new ArrayList<>();
      for (int i = start; i < Math.min(subscribers, start + 100); i++) {
        puts.add(repository.put(TestSubscribers.withSqn(imsi(i), 0L)));
      }
      Future.all(puts).await(60, TimeUnit.SECONDS);
    }
  }

  private static String runThroughVerticle(
      Vertx vertx, Storage storage, String name, int seconds, int concurrency, int subscribers)
      throws Exception {
    String id =
        vertx
            .deployVerticle(
                () -> new StorageVerticle(storage), new DeploymentOptions().setInstances(2))
            .await(10, TimeUnit.SECONDS);
    try {
      EventBusSubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 10_000);
      return run(vertx, name, seconds, concurrency, subscribers, imsi -> store.reserve(imsi, 1));
    } finally {
      vertx.undeploy(id).await(10, TimeUnit.SECONDS);
    }
  }

  private static String run(
      Vertx vertx,
      String name,
      int seconds,
      int concurrency,
      int subscribers,
      Function<String, Future<?>> call)
      throws Exception {
    LoadLoop warmup = new LoadLoop(concurrency, 2_000, subscribers, call);
    vertx.deployVerticle(warmup).await(10, TimeUnit.SECONDS);
    warmup.done().await(30, TimeUnit.SECONDS);
    LoadLoop measured = new LoadLoop(concurrency, seconds * 1000L, subscribers, call);
    vertx.deployVerticle(measured).await(10, TimeUnit.SECONDS);
    return measured.done().await(seconds + 60L, TimeUnit.SECONDS).summary(name);
  }
}
