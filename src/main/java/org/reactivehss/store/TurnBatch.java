package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reactivehss.bus.Deadline;

/**
 * Gathers the items added during one turn of an event loop and hands them to {@code send} at the
 * end of that turn, at most {@code maxBatch} at a time and with at most {@code maxInFlight} batches
 * sent and not yet done; items that arrive while that many are in flight wait and leave together
 * when one ends. Under load a batch carries several requests, so PostgreSQL pays its per-statement
 * (and per-commit) costs once for all of them; an item that finds the loop idle waits for nothing.
 * An item whose request deadline passes while it waits is failed at the flush and never sent: its
 * answer has gone out, and a stalled database must not receive the backlog afterwards.
 *
 * <p>Admission: when the queue has not emptied for longer than its budget, the database is not
 * keeping up, and an item that joins it would wait out most of its deadline for an answer that the
 * peer no longer expects; such an item fails at once, before any work ({@link QueueBudget#refuse}),
 * and the peer can retry elsewhere. The queue empties at every flush that finds a free slot and no
 * more than a batch waiting, so "not emptied for" is the wait of its oldest item until the backlog
 * grows past one batch, and longer afterwards (refusing then is what it is for). Without it, an
 * offered load beyond capacity made every request wait its whole deadline and then fail: a queue in
 * front of the database that never drained (benchmarks/RESULTS.md, "Overload: the queue budget").
 * Use from its context only.
 */
final class TurnBatch<T extends TurnBatch.Item> {
  /** What a batch carries: a request with a deadline, and the way to fail it. */
  interface Item {
    Deadline deadline();

    void fail(Throwable failure);
  }

  private final Context context;
  private final int maxBatch;
  private final int maxInFlight;
  private final Function<List<T>, Future<?>> send;
  private final QueueBudget budget;
  private List<T> queue = new ArrayList<>();
  private long nonEmptySince;
  private boolean flushScheduled;
  private int inFlight;

  /**
   * A batch that never refuses an item: writes the HSS makes of its own accord (logs, watchers).
   */
  TurnBatch(Context context, int maxBatch, int maxInFlight, Function<List<T>, Future<?>> send) {
    this(context, maxBatch, maxInFlight, QueueBudget.NONE, send);
  }

  TurnBatch(
      Context context,
      int maxBatch,
      int maxInFlight,
      QueueBudget budget,
      Function<List<T>, Future<?>> send) {
    this.context = context;
    this.maxBatch = maxBatch;
    this.maxInFlight = maxInFlight;
    this.budget = budget;
    this.send = send;
  }

  void add(T item) {
    if (queue.isEmpty()) {
      nonEmptySince = System.nanoTime();
    } else if (budget.exceededBy(System.nanoTime() - nonEmptySince)) {
      item.fail(budget.refuse());
      return;
    }
    queue.add(item);
    scheduleFlush();
  }

  private void scheduleFlush() {
    if (!flushScheduled && inFlight < maxInFlight && !queue.isEmpty()) {
      flushScheduled = true;
      // items of this event-loop turn join the batch; it leaves at the end of the turn
      context.runOnContext(turnEnded -> flush());
    }
  }

  private void flush() {
    flushScheduled = false;
    dropExpired();
    while (inFlight < maxInFlight && !queue.isEmpty()) {
      List<T> batch =
          queue.size() <= maxBatch ? queue : new ArrayList<>(queue.subList(0, maxBatch));
      queue =
          queue.size() <= maxBatch
              ? new ArrayList<>()
              : new ArrayList<>(queue.subList(maxBatch, queue.size()));
      inFlight++;
      send.apply(batch)
          .onComplete(
              done -> {
                inFlight--;
                scheduleFlush();
              });
    }
  }

  private void dropExpired() {
    if (queue.stream().noneMatch(item -> item.deadline().passed())) {
      return;
    }
    List<T> inTime = new ArrayList<>(queue.size());
    for (T item : queue) {
      if (item.deadline().passed()) {
        item.fail(StoreErrors.deadlinePassed());
      } else {
        inTime.add(item);
      }
    }
    queue = inTime;
  }
}
