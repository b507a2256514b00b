package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;

/**
 * Update-Locations asked in one event-loop turn share one transaction ({@link LocationUpdates});
 * the outcome of each, and what is stored, must be what one transaction per ULR in arrival order
 * gives (the path taken off the event loop). Two sets of subscribers get the same sequence, one
 * each way.
 */
@Timeout(value = 60, unit = SECONDS)
class LocationUpdatesTest {
  private static Vertx vertx;
  private static Storage storage;
  private static S6aStore s6a;
  private static SubscriberRepository subscribers;

  private static final Predicate<S6aProfile> ADMIT = profile -> true;
  private static final Predicate<S6aProfile> REFUSE = profile -> false;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    s6a = new PgS6aStore(storage);
    subscribers = new SubscriberRepository(storage);
    for (String imsi :
        List.of(
            "001010000000901",
            "001010000000902",
            "001010000000911",
            "001010000000912",
            "001010000000921",
            "001010000000922")) {
      subscribers.put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  /** The sequence: two MMEs for one subscriber, a refused ULR, an unknown IMSI; base = 90 or 91. */
  private static List<LocationRequest> sequence(String base) {
    String a = "001010000000" + base + "1";
    String b = "001010000000" + base + "2";
    return List.of(
        new LocationRequest(a, "mme-a.example", "example", "35000000000001", "01", ADMIT),
        new LocationRequest(b, "mme-c.example", "example", null, null, REFUSE),
        new LocationRequest("001010000000999", "mme-a.example", "example", null, null, ADMIT),
        new LocationRequest(a, "mme-b.example", "other", null, "02", ADMIT));
  }

  private static Future<LocationUpdate> update(LocationRequest r) {
    return s6a.updateLocation(
        r.imsi(), r.host(), r.realm(), r.imei(), r.softwareVersion(), r.admits(), Deadline.NONE);
  }

  private static String outcome(LocationUpdate u) {
    return u == null
        ? "unknown"
        : u.registered()
            + " previous="
            + u.previousHost()
            + "/"
            + u.previousRealm()
            + " profile="
            + u.profile().imsi().substring(13);
  }

  private static String stored(String imsi) throws Exception {
    JsonObject doc = subscribers.get(imsi).await(5, SECONDS);
    JsonObject mme = doc.getJsonObject("servingMme");
    return (mme == null ? "none" : mme.getString("host") + "/" + mme.getString("realm"))
        + " purged="
        + doc.getValue("purgedByMme")
        + " imei="
        + doc.getValue("imei")
        + " sv="
        + doc.getValue("softwareVersion");
  }

  @Test
  void aBatchWhoseWriteFails_failsEveryUlrInIt_writesNothing_andLeavesNoConnectionInATransaction()
      throws Exception {
    String good = "001010000000921";
    String bad = "001010000000922";
    String goodBefore = stored(good);
    String badBefore = stored(bad);

    // PostgreSQL refuses the NUL in the second host at the update, after both rows were locked
    List<Future<LocationUpdate>> each =
        inOneTurn(
            new LocationRequest(good, "mme-a.example", "example", null, null, ADMIT),
            new LocationRequest(bad, "mme-\u0000.example", "example", null, null, ADMIT));

    assertThat(each).allSatisfy(ulr -> assertThat(ulr.failed()).isTrue());
    assertThat(stored(good)).isEqualTo(goodBefore);
    assertThat(stored(bad)).isEqualTo(badBefore);
    assertThat(connectionsInATransaction()).isZero();

    // and at the lock-and-read, before any decision
    List<Future<LocationUpdate>> unreadable =
        inOneTurn(
            new LocationRequest(good, "mme-a.example", "example", null, null, ADMIT),
            new LocationRequest(
                "00101000000\u0000", "mme-a.example", "example", null, null, ADMIT));
    assertThat(unreadable).allSatisfy(ulr -> assertThat(ulr.failed()).isTrue());
    assertThat(stored(good)).isEqualTo(goodBefore);
    assertThat(connectionsInATransaction()).isZero();

    List<Future<LocationUpdate>> retried =
        inOneTurn(new LocationRequest(good, "mme-a.example", "example", null, null, ADMIT));
    assertThat(retried.get(0).result().registered()).isTrue();
    assertThat(stored(good)).startsWith("mme-a.example/example");
  }

  /** The requests asked in one turn of an event loop (so one batch), once all have ended. */
  private static List<Future<LocationUpdate>> inOneTurn(LocationRequest... requests)
      throws Exception {
    Promise<List<Future<LocationUpdate>>> ended = Promise.promise();
    vertx
        .getOrCreateContext()
        .runOnContext(
            turn -> {
              List<Future<LocationUpdate>> each =
                  Stream.of(requests).map(LocationUpdatesTest::update).toList();
              Future.join(each).onComplete(done -> ended.complete(each));
            });
    return ended.future().await(10, SECONDS);
  }

  private static long connectionsInATransaction() throws Exception {
    return storage
        .pool()
        .query("SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'")
        .execute()
        .await(5, SECONDS)
        .iterator()
        .next()
        .getLong(0);
  }

  @Test
  void ulrsSharingATransaction_endAsOneTransactionEachInArrivalOrder() throws Exception {
    List<String> oneByOne = new ArrayList<>();
    var worker = Executors.newSingleThreadExecutor();
    try {
      for (LocationRequest r : sequence("90")) {
        oneByOne.add(outcome(worker.submit(() -> update(r).await(5, SECONDS)).get()));
      }
    } finally {
      worker.shutdown();
    }

    Context context = vertx.getOrCreateContext();
    Promise<List<LocationUpdate>> together = Promise.promise();
    context.runOnContext(
        turn -> {
          List<Future<LocationUpdate>> each =
              sequence("91").stream().map(LocationUpdatesTest::update).toList();
          Future.all(each)
              .map(done -> each.stream().map(Future::result).toList())
              .onComplete(together);
        });
    List<String> batched = new ArrayList<>();
    together.future().await(10, SECONDS).forEach(u -> batched.add(outcome(u)));

    assertThat(oneByOne)
        .containsExactly(
            "true previous=null/null profile=01",
            "false previous=null/null profile=02",
            "unknown",
            "true previous=mme-a.example/example profile=01");
    assertThat(batched)
        .isEqualTo(oneByOne.stream().map(o -> o.replace("profile=0", "profile=1")).toList());
    assertThat(stored("001010000000911"))
        .isEqualTo(stored("001010000000901"))
        .contains("mme-b.example")
        .contains("imei=35000000000001")
        .contains("sv=02");
    assertThat(stored("001010000000912")).isEqualTo(stored("001010000000902"));
  }
}
