package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.StorageQueue;
import org.reactivehss.testing.Await;

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
  private static List<SqnReservation> inOneTurn(
      List<String> imsis, List<Integer> counts, List<Throwable> failures) throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<SqnReservation>> all = Promise.promise();
    context.runOnContext(
        go -> {
          ReservationBatcher batcher =
              new ReservationBatcher(
                  context,
                  storage.pool(),
                  storage.cipher(),
                  5_000,
                  1,
                  0,
                  QueueBudget.NONE,
                  HssMetrics.NONE);
          List<Future<SqnReservation>> each = new ArrayList<>();
          for (int i = 0; i < imsis.size(); i++) {
            each.add(
                batcher
                    .reserve(imsis.get(i), counts.get(i))
                    .recover(
                        failure -> {
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

    List<SqnReservation> got =
        inOneTurn(
            List.of("001010000000701", "001010000000702", "001010000000701", "001010000000701"),
            List.of(2, 1, 3, 1),
            failures);

    assertThat(failures).isEmpty();
    assertThat(got).extracting(SqnReservation::firstSqn).containsExactly(101L, 501L, 103L, 106L);
    assertThat(got.get(0).keys().sqnHe()).isEqualTo(106);
    assertThat(storage.directStore().keys("001010000000701").await(5, SECONDS).sqnHe())
        .isEqualTo(106);
  }

  @Test
  void anUnknownImsiInABatchFailsAloneWithUnknownSubscriber() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000703", 0L)).await(5, SECONDS);
    List<Throwable> failures = new ArrayList<>();

    List<SqnReservation> got =
        inOneTurn(
            List.of("001010000000703", "001019999999998", "001010000000703"),
            List.of(1, 1, 1),
            failures);

    assertThat(got.get(0).firstSqn()).isEqualTo(1);
    assertThat(got.get(1)).isNull();
    assertThat(got.get(2).firstSqn()).isEqualTo(2);
    assertThat(failures)
        .singleElement()
        .isInstanceOfSatisfying(
            HssFailure.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.UNKNOWN_SUBSCRIBER));
  }

  /** Records the size of every batch the batcher sends, and each request's wait for it. */
  private static final class BatchSizes implements HssMetrics {
    final List<Integer> sizes = new CopyOnWriteArrayList<>();
    final List<Long> waits = new CopyOnWriteArrayList<>();

    @Override
    public void reservationBatch(int requests) {
      sizes.add(requests);
    }

    @Override
    public void reservationWait(long nanos) {
      waits.add(nanos);
    }
  }

  @Test
  void underLoadRequestsOfLaterTurnsWaitForTheIntervalAndLeaveTogether() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000704", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000705", 0L)).await(5, SECONDS);
    BatchSizes batches = new BatchSizes();
    long intervalMs = 300;
    Context context = vertx.getOrCreateContext();
    Promise<List<Long>> doneAt = Promise.promise();
    long[] firstSentAt = new long[1];
    context.runOnContext(
        go -> {
          ReservationBatcher batcher =
              new ReservationBatcher(
                  context,
                  storage.pool(),
                  storage.cipher(),
                  5_000,
                  1,
                  intervalMs * 1000,
                  QueueBudget.NONE,
                  batches);
          firstSentAt[0] = System.nanoTime();
          Future<SqnReservation> first = batcher.reserve("001010000000704", 1);
          Promise<SqnReservation> second = Promise.promise();
          Promise<SqnReservation> third = Promise.promise();
          // two more requests, each in a turn of its own, while the first batch's interval runs
          vertx.setTimer(20, t -> batcher.reserve("001010000000705", 1).onComplete(second));
          vertx.setTimer(40, t -> batcher.reserve("001010000000704", 2).onComplete(third));
          Future.all(first, second.future(), third.future())
              .map(
                  all ->
                      List.of(
                          first.result().firstSqn(),
                          second.future().result().firstSqn(),
                          third.future().result().firstSqn(),
                          System.nanoTime()))
              .onComplete(doneAt);
        });

    List<Long> got = doneAt.future().await(10, SECONDS);

    assertThat(got.subList(0, 3)).containsExactly(1L, 1L, 2L);
    assertThat(batches.sizes).containsExactly(1, 2);
    // every request's wait for its batch is measured once (the stage breakdown of an AIR)
    assertThat(batches.waits).hasSize(3).allSatisfy(w -> assertThat(w).isNotNegative());
    assertThat(got.get(3) - firstSentAt[0]).isGreaterThanOrEqualTo(intervalMs * 1_000_000);
  }

  @Test
  void aRequestThatFindsTheLoopIdleDoesNotWaitForTheInterval() throws Exception {
    subscribers.put(TestSubscribers.withSqn("001010000000706", 7L)).await(5, SECONDS);
    BatchSizes batches = new BatchSizes();
    Context context = vertx.getOrCreateContext();
    Promise<SqnReservation> got = Promise.promise();
    context.runOnContext(
        go ->
            new ReservationBatcher(
                    context,
                    storage.pool(),
                    storage.cipher(),
                    5_000,
                    1,
                    60_000_000,
                    QueueBudget.NONE,
                    batches)
                .reserve("001010000000706", 1)
                .onComplete(got));

    // an interval of a minute: waiting for it would fail this await
    assertThat(got.future().await(10, SECONDS).firstSqn()).isEqualTo(8);
    assertThat(batches.sizes).containsExactly(1);
  }

  @Test
  void aReservationWhoseDeadlinePassesWhileQueued_neverReachesTheDatabase() throws Exception {
    // GIVEN three subscribers, the first one's row locked by another transaction (a stalled
    // database),
    // and a batcher with one batch slot and a statement timeout longer than the stall
    subscribers.put(TestSubscribers.withSqn("001010000000711", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000712", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000713", 0L)).await(5, SECONDS);
    SqlConnection locker = storage.pool().getConnection().await(5, SECONDS);
    Transaction stall = locker.begin().await(5, SECONDS);
    locker
        .query("SELECT imsi FROM subscribers WHERE imsi = '001010000000711' FOR UPDATE")
        .execute()
        .await(5, SECONDS);
    Context context = vertx.getOrCreateContext();
    Deadline shortLived = Deadline.inMillis(300);
    List<Future<SqnReservation>> calls = new CopyOnWriteArrayList<>();
    context.runOnContext(
        go -> {
          ReservationBatcher batcher =
              new ReservationBatcher(
                  context,
                  storage.pool(),
                  storage.cipher(),
                  10_000,
                  1,
                  0,
                  QueueBudget.NONE,
                  HssMetrics.NONE);
          calls.add(batcher.reserve("001010000000711", 1, Deadline.inMillis(10_000)));
          // the next turn: the first batch holds the only slot, so these two wait in the queue
          context.runOnContext(
              next -> {
                calls.add(batcher.reserve("001010000000712", 1, shortLived));
                calls.add(batcher.reserve("001010000000713", 1, Deadline.inMillis(10_000)));
              });
        });

    // WHEN the second one's deadline passes while the database is stalled, and the stall then ends
    Await.until(
        "both queued and the short deadline passed",
        Duration.ofSeconds(5),
        () -> calls.size() == 3 && shortLived.passed());
    stall.rollback().await(5, SECONDS);
    locker.close().await(5, SECONDS);
    Future.join(calls.get(0), calls.get(1), calls.get(2)).otherwiseEmpty().await(10, SECONDS);

    // THEN the first and third were served, and the second failed TIMED_OUT without its UPDATE ever
    // being sent: its SQN_HE never moved
    assertThat(calls.get(0).succeeded()).isTrue();
    assertThat(calls.get(2).succeeded()).isTrue();
    assertThat(calls.get(1).cause())
        .isInstanceOfSatisfying(
            HssFailure.class, f -> assertThat(f.kind()).isEqualTo(FailureKind.TIMED_OUT));
    assertThat(storage.directStore().keys("001010000000712").await(5, SECONDS).sqnHe()).isZero();
    assertThat(storage.directStore().keys("001010000000713").await(5, SECONDS).sqnHe())
        .isEqualTo(1);
  }

  @Test
  void whileTheQueueIsOlderThanItsBudget_aNewReservationIsRefusedAtOnceAndReservesNothing()
      throws Exception {
    // GIVEN a stalled database (the first subscriber's row locked elsewhere), a batcher with one
    // slot and a budget of 100 ms, the first reservation in flight and a second queued behind it
    subscribers.put(TestSubscribers.withSqn("001010000000721", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000722", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000723", 0L)).await(5, SECONDS);
    SqlConnection locker = storage.pool().getConnection().await(5, SECONDS);
    Transaction stall = locker.begin().await(5, SECONDS);
    locker
        .query("SELECT imsi FROM subscribers WHERE imsi = '001010000000721' FOR UPDATE")
        .execute()
        .await(5, SECONDS);
    Context context = vertx.getOrCreateContext();
    List<Future<SqnReservation>> calls = new CopyOnWriteArrayList<>();
    List<StorageQueue> counted = new CopyOnWriteArrayList<>();
    long[] queuedAt = new long[1];
    ReservationBatcher[] batcher = new ReservationBatcher[1];
    context.runOnContext(
        go -> {
          batcher[0] =
              new ReservationBatcher(
                  context,
                  storage.pool(),
                  storage.cipher(),
                  10_000,
                  1,
                  0,
                  new QueueBudget(
                      MILLISECONDS.toNanos(100),
                      new HssMetrics() {
                        @Override
                        public void queueRefused(StorageQueue queue) {
                          counted.add(queue);
                        }
                      },
                      StorageQueue.SQN_RESERVATIONS),
                  HssMetrics.NONE);
          calls.add(batcher[0].reserve("001010000000721", 1, Deadline.inMillis(10_000)));
          context.runOnContext(
              next -> {
                queuedAt[0] = System.nanoTime();
                calls.add(batcher[0].reserve("001010000000722", 1, Deadline.inMillis(10_000)));
              });
        });
    Await.until("the second queued", Duration.ofSeconds(5), () -> calls.size() == 2);

    // WHEN a third arrives after the queue has waited longer than the budget
    Await.until(
        "the budget passed",
        Duration.ofSeconds(5),
        () -> System.nanoTime() - queuedAt[0] > MILLISECONDS.toNanos(150));
    Promise<Future<SqnReservation>> third = Promise.promise();
    context.runOnContext(
        go -> third.complete(batcher[0].reserve("001010000000723", 1, Deadline.inMillis(10_000))));
    Future<SqnReservation> refused = third.future().await(5, SECONDS);

    // THEN it has failed already, TIMED_OUT (DIAMETER_TOO_BUSY), while the database still stalls
    assertThat(refused.failed()).isTrue();
    assertThat(refused.cause())
        .isInstanceOfSatisfying(
            HssFailure.class,
            f -> {
              assertThat(f.kind()).isEqualTo(FailureKind.TIMED_OUT);
              assertThat(f.getMessage()).contains("budget");
            });
    assertThat(counted).containsExactly(StorageQueue.SQN_RESERVATIONS);
    // AND once the stall ends the two admitted are served, and the refused one reserved nothing
    stall.rollback().await(5, SECONDS);
    locker.close().await(5, SECONDS);
    assertThat(calls.get(0).await(10, SECONDS).firstSqn()).isEqualTo(1);
    assertThat(calls.get(1).await(10, SECONDS).firstSqn()).isEqualTo(1);
    assertThat(storage.directStore().keys("001010000000723").await(5, SECONDS).sqnHe()).isZero();
  }
}
