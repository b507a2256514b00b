package org.reactivehss.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the operator console's overview shows, read from the registry the meters were defined in
 * (names from {@link Meters} only): cumulative counts, which the page turns into rates by reading
 * twice, and the answer latency histogram. Counts are cumulative so that two consoles, or a missed
 * refresh, never disturb each other: the server keeps no per-reader state.
 */
public final class ConsoleStats {
  /** Watchdogs and capabilities exchanges answer on the event loop; they would hide the rest. */
  private static final String BASE_APPLICATION = "base";

  private final MeterRegistry registry;

  public ConsoleStats(MeterRegistry registry) {
    this.registry = registry;
  }

  /** One reading; walks the registry, so call it off the event loop. */
  public JsonObject read() {
    return new JsonObject()
        .put("at", System.currentTimeMillis())
        .put("answers", answers())
        .put("vectors", sum(Meters.AUTH_VECTORS))
        .put("resyncs", resyncs())
        .put("peers", peers())
        .put("latency", latency());
  }

  /** Answers sent by application, command and result class (result names summed). */
  private JsonArray answers() {
    Map<String, Double> byKey = new TreeMap<>();
    for (Counter c : registry.find(Meters.DIAMETER_ANSWERS).counters()) {
      String key =
          c.getId().getTag(Meters.TAG_APPLICATION)
              + "\u0000"
              + c.getId().getTag(Meters.TAG_COMMAND)
              + "\u0000"
              + c.getId().getTag(Meters.TAG_RESULT_CLASS);
      byKey.merge(key, c.count(), Double::sum);
    }
    JsonArray list = new JsonArray();
    byKey.forEach(
        (key, count) -> {
          String[] parts = key.split("\u0000", -1);
          list.add(
              new JsonObject()
                  .put("application", parts[0])
                  .put("command", parts[1])
                  .put("resultClass", parts[2])
                  .put("count", (long) (double) count));
        });
    return list;
  }

  private long sum(String counter) {
    return (long) registry.find(counter).counters().stream().mapToDouble(Counter::count).sum();
  }

  private JsonObject resyncs() {
    JsonObject resyncs = new JsonObject().put("accepted", 0L).put("refused", 0L);
    for (Counter c : registry.find(Meters.AUTH_RESYNCS).counters()) {
      resyncs.put(c.getId().getTag(Meters.TAG_OUTCOME), (long) c.count());
    }
    return resyncs;
  }

  private JsonObject peers() {
    JsonObject peers = new JsonObject();
    for (PeerPhase phase : PeerPhase.values()) {
      peers.put(phase.tag(), 0L);
    }
    for (Gauge g : registry.find(Meters.DIAMETER_PEERS).gauges()) {
      peers.put(g.getId().getTag(Meters.TAG_STATE), (long) g.value());
    }
    return peers;
  }

  /**
   * The answer latency of every application (not the base protocol) as one cumulative histogram
   * over {@link Meters#LATENCY_BUCKETS}, with p50 and p99 since start: the upper bound of the
   * bucket holding the quantile, null when it lies above the last bucket. The page computes the
   * same quantiles over its refresh interval from the difference of two readings.
   */
  private JsonObject latency() {
    Map<Double, Double> buckets = new TreeMap<>();
    for (java.time.Duration bound : Meters.LATENCY_BUCKETS) {
      buckets.put(bound.toNanos() / 1e6, 0.0);
    }
    long count = 0;
    for (Timer t : registry.find(Meters.DIAMETER_DURATION).timers()) {
      if (BASE_APPLICATION.equals(t.getId().getTag(Meters.TAG_APPLICATION))) {
        continue;
      }
      var snapshot = t.takeSnapshot();
      count += snapshot.count();
      for (CountAtBucket bucket : snapshot.histogramCounts()) {
        buckets.computeIfPresent(
            bucket.bucket(TimeUnit.NANOSECONDS) / 1e6, (le, n) -> n + bucket.count());
      }
    }
    JsonArray list = new JsonArray();
    buckets.forEach(
        (le, n) -> list.add(new JsonObject().put("leMs", le).put("count", (long) (double) n)));
    return new JsonObject()
        .put("count", count)
        .put("p50Ms", quantile(buckets, count, 0.50))
        .put("p99Ms", quantile(buckets, count, 0.99))
        .put("buckets", list);
  }

  static Double quantile(Map<Double, Double> cumulative, long count, double q) {
    if (count == 0) {
      return null;
    }
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= q * count) {
        return bucket.getKey();
      }
    }
    return null;
  }
}
