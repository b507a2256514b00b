package org.reactivehss.store;

import io.vertx.core.Future;
import java.util.function.Supplier;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.StoreOperation;
import org.reactivehss.metrics.StoreOutcome;

/**
 * Times every call of the store it wraps and reports how it ended; the one place storage is
 * measured. With batching, a reservation's time includes its wait for the batch, which is what auth
 * experiences.
 */
final class MeasuredStore implements SubscriberAuthStore {
  private final SubscriberAuthStore store;
  private final HssMetrics metrics;

  MeasuredStore(SubscriberAuthStore store, HssMetrics metrics) {
    this.store = store;
    this.metrics = metrics;
  }

  @Override
  public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
    return measure(StoreOperation.KEYS, () -> store.keys(imsi, deadline));
  }

  @Override
  public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
    return measure(StoreOperation.RESERVE, () -> store.reserve(imsi, n, deadline));
  }

  @Override
  public Future<SqnReservation> resyncAndReserve(
      String imsi, long floor, int n, Deadline deadline) {
    return measure(StoreOperation.RESYNC, () -> store.resyncAndReserve(imsi, floor, n, deadline));
  }

  private <T> Future<T> measure(StoreOperation operation, Supplier<Future<T>> call) {
    long started = System.nanoTime();
    return call.get()
        .onComplete(
            done -> metrics.storage(operation, outcome(done.cause()), System.nanoTime() - started));
  }

  private static StoreOutcome outcome(Throwable failure) {
    if (failure == null) {
      return StoreOutcome.OK;
    }
    return switch (HssFailure.from(failure).kind()) {
      case UNKNOWN_SUBSCRIBER -> StoreOutcome.UNKNOWN_SUBSCRIBER;
      case TIMED_OUT -> StoreOutcome.TIMEOUT;
      // the tag set predates the failure kinds: keys that cannot be used count as unavailable, as
      // before
      case STORAGE_UNAVAILABLE, KEYS_UNUSABLE, BAD_REQUEST, RESYNC_REFUSED, INTERNAL ->
          StoreOutcome.UNAVAILABLE;
    };
  }
}
