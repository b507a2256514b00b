package org.reactivehss.store;

import java.util.concurrent.TimeUnit;

/**
 * How long requests may wait in an event loop's queue in front of the database before new ones are
 * refused ({@code db.queue-budget-ms}; {@link TurnBatch}, {@link ReservationBatcher}). A record of
 * its own, not a bare long, so that no constructor can take it for a batch size or an interval.
 */
record QueueBudget(long nanos) {
  /** Never refuse. */
  static final QueueBudget NONE = new QueueBudget(0);

  static QueueBudget of(StoreOptions options) {
    return new QueueBudget(TimeUnit.MILLISECONDS.toNanos(options.queueBudgetMs()));
  }
}
