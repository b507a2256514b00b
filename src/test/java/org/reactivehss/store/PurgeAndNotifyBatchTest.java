package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;

/**
 * Purge-UEs and Notifies asked in one event-loop turn are one statement and one commit each kind
 * ({@link Purges}, {@link Notifications}): every subscriber they write carries the same transaction
 * id (xmin), where one statement per request gives each its own. Each request must still get
 * exactly what a statement of its own gives (the path taken off the event loop): which
 * registrations the purging node held, the node rule (a node that is not the serving one purges and
 * stores nothing), unknown IMSIs, the same IMSI twice in a batch as if sequential; a value
 * PostgreSQL refuses (NUL) fails its own request, not its batch. Concurrent batches of two loops
 * over the same subscribers, with Update-Locations among them, all commit (rows are locked in IMSI
 * order; a deadlock would fail a batch here, though a run without that order does not reliably
 * produce one).
 */
@Timeout(value = 60, unit = SECONDS)
class PurgeAndNotifyBatchTest {
  private static final String UNKNOWN = "001010000000799";

  private static Vertx vertx;
  private static Storage storage;
  private static S6aStore s6a;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    s6a = new PgS6aStore(storage);
    SubscriberRepository subscribers = new SubscriberRepository(storage);
    for (int i = 0; i <= 9; i++) {
      subscribers.put(TestSubscribers.withSqn("00101000000070" + i, 0L)).await(5, SECONDS);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  /** Registers {@code mme} and {@code sgsn} (null: none) for {@code imsi}, off any event loop. */
  private static void register(String imsi, String mme, String sgsn) throws Exception {
    if (mme != null) {
      s6a.updateLocation(
              new LocationRequest(imsi, mme, "example", null, null, p -> true), Deadline.NONE)
          .await(5, SECONDS);
    }
    if (sgsn != null) {
      s6a.updateLocation(
              new LocationRequest(
                  imsi, ServingNode.SGSN, sgsn, "example", null, false, null, null, p -> true),
              Deadline.NONE)
          .await(5, SECONDS);
    }
  }

  /** Runs {@code calls} in one turn of a fresh event-loop context; their results in order. */
  private static <T> List<T> inOneTurn(Supplier<List<Future<T>>> calls) throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<T>> done = Promise.promise();
    context.runOnContext(
        turn -> {
          List<Future<T>> each = calls.get();
          Future.all(each).map(all -> each.stream().map(Future::result).toList()).onComplete(done);
        });
    return done.future().await(10, SECONDS);
  }

  /** Each of {@code calls}, one after the other, off any event loop: one statement each. */
  private static <T> List<T> oneByOne(List<Supplier<Future<T>>> calls) throws Exception {
    List<T> results = new ArrayList<>();
    for (Supplier<Future<T>> call : calls) {
      results.add(call.get().await(5, SECONDS));
    }
    return results;
  }

  private static Row row(String imsi) throws Exception {
    return storage
        .pool()
        .preparedQuery(
            "SELECT xmin::text, purged_by_mme, purged_by_sgsn, imei, software_version "
                + "FROM subscribers WHERE imsi = $1")
        .execute(Tuple.of(imsi))
        .await(5, SECONDS)
        .iterator()
        .next();
  }

  private static String flags(String imsi) throws Exception {
    Row r = row(imsi);
    return "mme=" + r.getBoolean(1) + " sgsn=" + r.getBoolean(2);
  }

  private static List<Supplier<Future<S6aStore.Purged>>> purges() {
    return List.of(
        () -> s6a.purge("001010000000701", "mme-a.example", Deadline.NONE),
        () -> s6a.purge("001010000000701", "sgsn-a.example", Deadline.NONE),
        () -> s6a.purge("001010000000702", "sgsn-x.example", Deadline.NONE),
        () -> s6a.purge(UNKNOWN, "mme-a.example", Deadline.NONE),
        () -> s6a.purge("001010000000703", "COMBO.example", Deadline.NONE),
        () -> s6a.purge("001010000000702", "mme-b.example", Deadline.NONE),
        () -> s6a.purge("001010000000704", "sgsn-x.example", Deadline.NONE),
        () -> s6a.purge("001010000000702", "mme-b.example", Deadline.NONE));
  }

  @Test
  void pursInOneTurn_oneCommit_eachAnswersForItsOwnNodeAsAlone() throws Exception {
    register("001010000000701", "mme-a.example", "sgsn-a.example");
    register("001010000000702", "mme-b.example", null);
    register("001010000000703", "combo.example", "combo.example");
    register("001010000000704", "mme-c.example", "sgsn-c.example");
    String untouched = row("001010000000704").getString(0);

    List<S6aStore.Purged> batched = inOneTurn(() -> purges().stream().map(Supplier::get).toList());

    S6aStore.Purged none = new S6aStore.Purged(false, false);
    assertThat(batched)
        .containsExactly(
            new S6aStore.Purged(true, false),
            new S6aStore.Purged(false, true),
            none,
            null,
            new S6aStore.Purged(true, true),
            new S6aStore.Purged(true, false),
            none,
            new S6aStore.Purged(true, false));
    assertThat(flags("001010000000701")).isEqualTo("mme=true sgsn=true");
    assertThat(flags("001010000000702")).isEqualTo("mme=true sgsn=false");
    assertThat(flags("001010000000703")).isEqualTo("mme=true sgsn=true");
    assertThat(flags("001010000000704")).isEqualTo("mme=false sgsn=false");
    String commit = row("001010000000701").getString(0);
    assertThat(row("001010000000702").getString(0)).isEqualTo(commit);
    assertThat(row("001010000000703").getString(0)).isEqualTo(commit);
    assertThat(row("001010000000704").getString(0)).isEqualTo(untouched);
    // a purge sets flags and changes no serving node: the same requests again, alone, answer alike
    assertThat(oneByOne(purges())).isEqualTo(batched);
  }

  private static List<Supplier<Future<Boolean>>> notifications() {
    return List.of(
        () -> s6a.notify("001010000000705", "mme-n.example", "35000000000001", "01", Deadline.NONE),
        () ->
            s6a.notify("001010000000705", "SGSN-N.example", "35000000000002", null, Deadline.NONE),
        () -> s6a.notify("001010000000705", "other.example", "35000000000003", "09", Deadline.NONE),
        () -> s6a.notify(UNKNOWN, "mme-n.example", "35000000000004", "01", Deadline.NONE),
        () -> s6a.notify("001010000000706", "mme-m.example", null, "05", Deadline.NONE),
        () ->
            s6a.notify("001010000000707", "mme-m.example", "35000000000005", "07", Deadline.NONE));
  }

  @Test
  void norsInOneTurn_oneCommit_lastValueOfARegisteredNodeStored() throws Exception {
    register("001010000000705", "mme-n.example", "sgsn-n.example");
    register("001010000000706", "mme-m.example", null);
    register("001010000000707", "mme-o.example", null);
    String untouched = row("001010000000707").getString(0);

    List<Boolean> batched = inOneTurn(() -> notifications().stream().map(Supplier::get).toList());

    assertThat(batched).containsExactly(true, true, false, null, true, false);
    Row stored = row("001010000000705");
    assertThat(stored.getString(3)).isEqualTo("35000000000002");
    assertThat(stored.getString(4)).isEqualTo("01");
    Row onlySv = row("001010000000706");
    assertThat(onlySv.getString(3)).isNull();
    assertThat(onlySv.getString(4)).isEqualTo("05");
    assertThat(onlySv.getString(0)).isEqualTo(stored.getString(0));
    Row notServing = row("001010000000707");
    assertThat(notServing.getString(0)).isEqualTo(untouched);
    assertThat(notServing.getString(3)).isNull();
    assertThat(oneByOne(notifications())).isEqualTo(batched);
  }

  @Test
  void aNorWithANulInItsImeiInOneTurn_failsAlone() throws Exception {
    register("001010000000706", "mme-m.example", null);
    Context context = vertx.getOrCreateContext();
    Promise<List<Future<Boolean>>> done = Promise.promise();
    context.runOnContext(
        turn -> {
          List<Future<Boolean>> each =
              List.of(
                  s6a.notify("001010000000706", "mme-m.example", "3500\u0000", null, Deadline.NONE),
                  s6a.notify("001010000000706", "mme-m.example", null, "11", Deadline.NONE));
          Future.join(each).onComplete(joined -> done.complete(each));
        });
    List<Future<Boolean>> each = done.future().await(10, SECONDS);

    assertThat(each.get(0).failed()).isTrue();
    assertThat(each.get(1).result()).isTrue();
    assertThat(row("001010000000706").getString(4)).isEqualTo("11");
  }

  @Test
  void twoLoopsPurgingAndNotifyingTheSameSubscribersAtOnce_allCommit() throws Exception {
    List<String> imsis = List.of("001010000000709", "001010000000708", "001010000000700");
    List<Future<?>> all =
        TwoLoopRace.run(
            vertx,
            20,
            (r, sent) -> {
              for (int i = 0; i < 30; i++) {
                String imsi = imsis.get((i + r) % 3);
                sent.add(s6a.purge(imsi, "mme-" + i % 2 + ".example", Deadline.NONE));
                sent.add(
                    s6a.notify(
                        imsi, "mme-1.example", "3500000000000" + i % 10, null, Deadline.NONE));
              }
            },
            (r, sent) -> {
              for (int i = 29; i >= 0; i--) {
                String imsi = imsis.get((i * 7 + r) % 3);
                sent.add(s6a.notify(imsi, "mme-0.example", null, "0" + i % 10, Deadline.NONE));
                sent.add(s6a.purge(imsi, "mme-" + i % 2 + ".example", Deadline.NONE));
                if (i % 10 == 0) {
                  sent.add(
                      s6a.updateLocation(
                          new LocationRequest(
                              imsi, "mme-" + i % 2 + ".example", "example", null, null, p -> true),
                          Deadline.NONE));
                }
              }
            });

    assertThat(all).hasSize(20 * (60 + 63)).allMatch(Future::succeeded);
  }
}
