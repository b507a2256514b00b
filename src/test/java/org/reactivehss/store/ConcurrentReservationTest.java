package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Many verticles reserving for a few subscribers at once, over the event bus: no SQN twice. */
@Timeout(value = 90, unit = SECONDS)
class ConcurrentReservationTest {
  private static final int SUBSCRIBERS = 16;
  private static final int CLIENTS = 4;
  private static final int RESERVATIONS_PER_CLIENT = 2_500;

  private Vertx vertx;
  private Storage storage;

  /** Fires all its reservations at once from its own event loop and records every SQN it gets. */
  private static final class LoadVerticle extends AbstractVerticle {
    private final int seed;
    private final Map<String, ConcurrentLinkedQueue<Long>> issued;
    private final Promise<Void> done;

    LoadVerticle(int seed, Map<String, ConcurrentLinkedQueue<Long>> issued, Promise<Void> done) {
      this.seed = seed;
      this.issued = issued;
      this.done = done;
    }

    @Override
    public void start() {
      SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 20_000);
      List<Future<SqnReservation>> all = new ArrayList<>();
      for (int i = 0; i < RESERVATIONS_PER_CLIENT; i++) {
        String imsi = TestSubscribers.imsi((i + seed) % SUBSCRIBERS);
        int n = 1 + (i % 3);
        all.add(
            store
                .reserve(imsi, n)
                .onSuccess(
                    r -> {
                      for (int k = 0; k < r.count(); k++) {
                        issued.get(imsi).add((r.firstSqn() + k) & SqnSql.SQN_MASK);
                      }
                    }));
      }
      Future.all(all).<Void>mapEmpty().onComplete(done);
    }
  }

  @AfterEach
  void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  @ParameterizedTest(name = "batched={0}")
  @ValueSource(booleans = {true, false})
  void tenThousandConcurrentReservationsNeverIssueAnSqnTwice(boolean batched) throws Exception {
    vertx = Vertx.vertx();
    // 10,000 reservations at once: a queue far older than any budget, on purpose; what is tested is
    // that none is issued twice, so none may be refused (TurnBatchAdmissionTest tests the budget)
    StoreOptions options =
        TestDatabase.get().newDatabase().withPool(8, 5_000, batched).withQueueBudgetMs(0);
    storage = Storage.start(vertx, options).await(30, SECONDS);
    SubscriberRepository subscribers = new SubscriberRepository(storage);
    Map<String, ConcurrentLinkedQueue<Long>> issued = new ConcurrentHashMap<>();
    for (int i = 0; i < SUBSCRIBERS; i++) {
      subscribers.put(TestSubscribers.withSqn(TestSubscribers.imsi(i), 0L)).await(5, SECONDS);
      issued.put(TestSubscribers.imsi(i), new ConcurrentLinkedQueue<>());
    }
    vertx
        .deployVerticle(() -> new StorageVerticle(storage), new DeploymentOptions().setInstances(4))
        .await(10, SECONDS);

    List<Future<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Promise<Void> done = Promise.promise();
      vertx.deployVerticle(new LoadVerticle(c * 7, issued, done)).await(10, SECONDS);
      clients.add(done.future());
    }
    Future.all(clients).await(60, SECONDS);

    long total = 0;
    for (int i = 0; i < SUBSCRIBERS; i++) {
      String imsi = TestSubscribers.imsi(i);
      List<Long> sqns = List.copyOf(issued.get(imsi));
      Set<Long> distinct = new HashSet<>(sqns);
      assertThat(distinct).as("SQNs of %s", imsi).hasSameSizeAs(sqns);
      long sqnHe = storage.directStore().keys(imsi).await(5, SECONDS).sqnHe();
      assertThat(sqnHe).as("SQN_HE of %s equals the SQNs issued", imsi).isEqualTo(sqns.size());
      assertThat(distinct).allMatch(sqn -> sqn >= 1 && sqn <= sqnHe);
      total += sqns.size();
    }
    assertThat(total).isGreaterThanOrEqualTo(CLIENTS * RESERVATIONS_PER_CLIENT);
  }
}
