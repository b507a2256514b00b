package org.reactivehss.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.reactivehss.failure.HssFailure;

/**
 * Keeps {@code concurrency} calls in flight from one event loop for a fixed time, each on a random
 * subscriber, and records every latency. Single context, so the histogram needs no lock.
 */
final class LoadLoop extends AbstractVerticle {
  private final int concurrency;
  private final long durationMs;
  private final int subscribers;
  private final Function<String, Future<?>> call;
  private final Promise<LoadLoop> done = Promise.promise();
  private final SplittableRandom random = new SplittableRandom(42);
  final Histogram latencyMicros = new Histogram(60_000_000L, 3);
  long succeeded;
  long failed;
  long elapsedNanos;
  final Map<String, Integer> failures = new TreeMap<>();
  private boolean running = true;
  private int inFlight;
  private long startedAt;

  LoadLoop(int concurrency, long durationMs, int subscribers, Function<String, Future<?>> call) {
    this.concurrency = concurrency;
    this.durationMs = durationMs;
    this.subscribers = subscribers;
    this.call = call;
  }

  Future<LoadLoop> done() {
    return done.future();
  }

  @Override
  public void start() {
    startedAt = System.nanoTime();
    vertx.setTimer(durationMs, stop -> running = false);
    for (int i = 0; i < concurrency; i++) {
      next();
    }
  }

  private void next() {
    if (!running) {
      if (inFlight == 0) {
        elapsedNanos = System.nanoTime() - startedAt;
        done.tryComplete(this);
      }
      return;
    }
    inFlight++;
    long sent = System.nanoTime();
    call.apply(ReservationBenchmark.imsi(random.nextInt(subscribers)))
        .onComplete(
            result -> {
              inFlight--;
              latencyMicros.recordValue(Math.max(1, (System.nanoTime() - sent) / 1_000));
              if (result.succeeded()) {
                succeeded++;
              } else {
                failed++;
                failures.merge(
                    result.cause() instanceof HssFailure e
                        ? e.kind().name()
                        : result.cause().getClass().getSimpleName(),
                    1,
                    Integer::sum);
              }
              next();
            });
  }

  String summary(String name) {
    double seconds = elapsedNanos / 1e9;
    return String.format(
            "%-34s %10.0f /s   p50 %7.2f ms   p99 %7.2f ms   failed %d",
            name,
            succeeded / seconds,
            latencyMicros.getValueAtPercentile(50) / 1000.0,
            latencyMicros.getValueAtPercentile(99) / 1000.0,
            failed)
        + (failures.isEmpty() ? "" : " " + failures);
  }
}
