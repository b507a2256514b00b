package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Requests of one event-loop turn go out as one batch; each still gets its own range. */
@Timeout(value = 60, unit = SECONDS)
class ReservationBatcherTest {
  private static Vertx vertx;
  private static Storage storage;
  private static SubscriberRepository subscribers;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    subscribers = new SubscriberRepository(storage);
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  /** Issues the reservations in one turn of a fresh context; completes with them in call order. */
  private static List<SqnReservation> inOneTurn(List<String> imsis, List<Integer> counts, List<Throwable> failures)
      throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<SqnReservation>> all = Promise.promise();
    context.runOnContext(go -> {
      ReservationBatcher batcher = new ReservationBatcher(context, storage.pool(), storage.cipher(), 5_000, 1);
      List<Future<SqnReservation>> each = new ArrayList<>();
      for (int i = 0; i < imsis.size(); i++) {
        each.add(batcher.reserve(imsis.get(i), counts.get(i)).recover(failure -> {
          failures.add(failure);
          return Future.succeededFuture(null);
        }));
      }
      Future.all(each).map(done -> each.stream().map(Future::result).toList()).onComplete(all);
    });
    return all.future().await(10, SECONDS);
  }

  @Test
  void requestsForOneSubscriberInOneTurnGetConsecutiveDisjointRanges() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000701", 100L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000702", 500L)).await(5, SECONDS);
    List<Throwable> failures = new ArrayList<>();

    List<SqnReservation> got = inOneTurn(
        List.of("001010000000701", "001010000000702", "001010000000701", "001010000000701"),
        List.of(2, 1, 3, 1), failures);

    assertThat(failures).isEmpty();
    assertThat(got).extracting(SqnReservation::firstSqn).containsExactly(101L, 501L, 103L, 106L);
    assertThat(got.get(0).keys().sqnHe()).isEqualTo(106);
    assertThat(storage.directStore().keys("001010000000701").await(5, SECONDS).sqnHe()).isEqualTo(106);
  }

  @Test
  void anUnknownImsiInABatchFailsAloneWithUnknownSubscriber() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000703", 0L)).await(5, SECONDS);
    List<Throwable> failures = new ArrayList<>();

    List<SqnReservation> got = inOneTurn(List.of("001010000000703", "001019999999998", "001010000000703"),
        List.of(1, 1, 1), failures);

    assertThat(got.get(0).firstSqn()).isEqualTo(1);
    assertThat(got.get(1)).isNull();
    assertThat(got.get(2).firstSqn()).isEqualTo(2);
    assertThat(failures).singleElement().isInstanceOfSatisfying(StoreException.class,
        e -> assertThat(e.failure()).isEqualTo(StoreFailure.UNKNOWN_SUBSCRIBER));
  }
}
