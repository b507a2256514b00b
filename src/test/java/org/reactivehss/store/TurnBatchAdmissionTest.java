package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.StorageQueue;
import org.reactivehss.testing.Await;

/**
 * The queue budget of {@link TurnBatch}: a database that does not keep up makes new items fail at
 * once instead of waiting out their deadline, and a queue that drains admits again. The "database"
 * here is a send whose batches complete only when the test says so.
 */
@Timeout(30)
class TurnBatchAdmissionTest {
  private static final long BUDGET_MS = 100;

  private Vertx vertx;
  private Context context;
  private final List<List<Item>> sent = new CopyOnWriteArrayList<>();
  private final List<Promise<Void>> inDatabase = new CopyOnWriteArrayList<>();
  private final List<StorageQueue> refusals = new CopyOnWriteArrayList<>();
  private final HssMetrics counting =
      new HssMetrics() {
        @Override
        public void queueRefused(StorageQueue queue) {
          refusals.add(queue);
        }
      };

  private record Item(String name, Deadline deadline, Promise<Void> outcome)
      implements TurnBatch.Item {
    Item(String name) {
      this(name, Deadline.inMillis(10_000), Promise.promise());
    }

    @Override
    public void fail(Throwable failure) {
      outcome.tryFail(failure);
    }
  }

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    context = vertx.getOrCreateContext();
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  private TurnBatch<Item> batch(QueueBudget budget) {
    return new TurnBatch<>(
        context,
        16,
        1,
        budget,
        items -> {
          sent.add(items);
          Promise<Void> done = Promise.promise();
          inDatabase.add(done);
          return done.future();
        });
  }

  /** Adds {@code item} on the batch's context and returns it once added. */
  private Item add(TurnBatch<Item> batch, Item item) throws Exception {
    Promise<Void> added = Promise.promise();
    context.runOnContext(
        go -> {
          batch.add(item);
          added.complete();
        });
    added.future().await(5, SECONDS);
    return item;
  }

  private void finishBatch(int n) throws Exception {
    Promise<Void> finished = Promise.promise();
    context.runOnContext(
        go -> {
          inDatabase.get(n).complete();
          finished.complete();
        });
    finished.future().await(5, SECONDS);
  }

  @Test
  void anItemArrivingAfterTheQueueOutlivedItsBudget_failsAtOnceAndIsNeverSent() throws Exception {
    TurnBatch<Item> batch =
        batch(new QueueBudget(MILLISECONDS.toNanos(BUDGET_MS), counting, StorageQueue.PURGES));
    // GIVEN one batch in the database (the only slot) and an item queued behind it
    add(batch, new Item("in flight"));
    Await.until("the first batch sent", Duration.ofSeconds(5), () -> sent.size() == 1);
    long queuedAt = System.nanoTime();
    Item queued = add(batch, new Item("queued"));

    // WHEN another arrives while the queue has waited longer than the budget
    Await.until(
        "the budget passed",
        Duration.ofSeconds(5),
        () -> System.nanoTime() - queuedAt > MILLISECONDS.toNanos(BUDGET_MS + 50));
    Item refused = add(batch, new Item("refused"));

    // THEN it has failed TIMED_OUT already, while the one queued before it still waits
    assertThat(refused.outcome().future().failed()).isTrue();
    assertThat(refused.outcome().future().cause())
        .isInstanceOfSatisfying(
            HssFailure.class, f -> assertThat(f.kind()).isEqualTo(FailureKind.TIMED_OUT));
    assertThat(queued.outcome().future().isComplete()).isFalse();
    assertThat(refusals).containsExactly(StorageQueue.PURGES);

    // AND when the database answers, only the admitted item is sent, and the drained queue admits
    // again
    finishBatch(0);
    Await.until("the queued item sent", Duration.ofSeconds(5), () -> sent.size() == 2);
    assertThat(sent.get(1)).extracting(Item::name).containsExactly("queued");
    finishBatch(1);
    Item afterwards = add(batch, new Item("after the queue drained"));
    Await.until("it is sent", Duration.ofSeconds(5), () -> sent.size() == 3);
    assertThat(afterwards.outcome().future().failed()).isFalse();
  }

  @Test
  void withoutABudget_itemsWaitForTheirTurnHoweverLongTheQueueHasWaited() throws Exception {
    TurnBatch<Item> batch = batch(QueueBudget.NONE);
    add(batch, new Item("in flight"));
    Await.until("the first batch sent", Duration.ofSeconds(5), () -> sent.size() == 1);
    long queuedAt = System.nanoTime();
    add(batch, new Item("queued"));
    Await.until(
        "a while",
        Duration.ofSeconds(5),
        () -> System.nanoTime() - queuedAt > MILLISECONDS.toNanos(BUDGET_MS + 50));
    Item late = add(batch, new Item("late"));

    assertThat(late.outcome().future().isComplete()).isFalse();
    assertThat(refusals).isEmpty();
    finishBatch(0);
    Await.until("both sent", Duration.ofSeconds(5), () -> sent.size() == 2);
    assertThat(sent.get(1)).extracting(Item::name).containsExactly("queued", "late");
  }

  @Test
  void aQueueThatOnlyWaitsForTheEndOfTheTurn_admitsEverything() throws Exception {
    TurnBatch<Item> batch =
        batch(new QueueBudget(MILLISECONDS.toNanos(BUDGET_MS), counting, StorageQueue.PURGES));
    Promise<List<Item>> added = Promise.promise();
    context.runOnContext(
        go -> {
          List<Item> items = List.of(new Item("a"), new Item("b"), new Item("c"));
          items.forEach(batch::add);
          added.complete(items);
        });
    List<Item> items = added.future().await(5, SECONDS);

    Await.until("one batch sent", Duration.ofSeconds(5), () -> sent.size() == 1);
    assertThat(sent.get(0)).containsExactlyElementsOf(items);
    assertThat(Future.all(items.stream().map(i -> i.outcome().future()).toList()).failed())
        .isFalse();
  }
}
