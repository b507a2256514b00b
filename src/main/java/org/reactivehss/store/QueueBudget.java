package org.reactivehss.store;

import java.util.concurrent.TimeUnit;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.StorageQueue;

/**
 * How long requests may wait in one event loop's queue in front of the database before new ones are
 * refused ({@code db.queue-budget-ms}; {@link TurnBatch}, {@link ReservationBatcher}), and where a
 * refusal is counted ({@code hss_storage_queue_refused_total}). A record of its own, not a bare
 * long, so that no constructor can take it for a batch size or an interval.
 */
record QueueBudget(long nanos, HssMetrics metrics, StorageQueue queue) {
  /** Never refuse. */
  static final QueueBudget NONE = new QueueBudget(0, HssMetrics.NONE, null);

  static QueueBudget of(StoreOptions options, HssMetrics metrics, StorageQueue queue) {
    return new QueueBudget(TimeUnit.MILLISECONDS.toNanos(options.queueBudgetMs()), metrics, queue);
  }

  static QueueBudget of(Storage storage, StorageQueue queue) {
    return of(storage.options(), storage.metrics(), queue);
  }

  /** True when a queue that has waited {@code waitedNanos} must refuse newcomers (never for 0). */
  boolean exceededBy(long waitedNanos) {
    return nanos > 0 && waitedNanos > nanos;
  }

  /** Counts the refusal and gives the failure the refused request gets (TIMED_OUT). */
  HssFailure refuse() {
    if (queue != null) {
      metrics.queueRefused(queue);
    }
    return StoreErrors.overBudget();
  }
}
