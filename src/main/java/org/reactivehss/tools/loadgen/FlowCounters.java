package org.reactivehss.tools.loadgen;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Flows started, completed (every answer a success) and failed, per kind; shared by the
 * connections' event loops. The completions at the end of the warm-up are remembered so that
 * flows/s covers the measured seconds only.
 */
final class FlowCounters {
  private final Map<Flow.Kind, LongAdder> started = new EnumMap<>(Flow.Kind.class);
  private final Map<Flow.Kind, LongAdder> completed = new EnumMap<>(Flow.Kind.class);
  private final Map<Flow.Kind, LongAdder> failed = new EnumMap<>(Flow.Kind.class);
  private final Map<Flow.Kind, Long> completedAtWarm = new EnumMap<>(Flow.Kind.class);

  FlowCounters() {
    for (Flow.Kind k : Flow.Kind.values()) {
      started.put(k, new LongAdder());
      completed.put(k, new LongAdder());
      failed.put(k, new LongAdder());
    }
  }

  void started(Flow.Kind kind) {
    started.get(kind).increment();
  }

  void finished(Flow flow) {
    (flow.completed() ? completed : failed).get(flow.kind).increment();
  }

  long completed(Flow.Kind kind) {
    return completed.get(kind).sum();
  }

  long failed(Flow.Kind kind) {
    return failed.get(kind).sum();
  }

  long completedAll() {
    return completed.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Called once, when the warm-up ends. */
  void warm() {
    completed.forEach((k, v) -> completedAtWarm.put(k, v.sum()));
  }

  /** The markdown table of flows: started, completed, failed, completed per measured second. */
  String table(double seconds) {
    StringBuilder out = new StringBuilder();
    out.append("| flow | started | completed | failed | completed/s (measured) |\n");
    out.append("|---|---|---|---|---|\n");
    for (Flow.Kind k : Flow.Kind.values()) {
      long s = started.get(k).sum();
      if (s == 0) {
        continue;
      }
      long measured = completed(k) - completedAtWarm.getOrDefault(k, 0L);
      out.append(
          String.format(
              "| %s | %d | %d | %d | %.1f |%n",
              k.option, s, completed(k), failed(k), measured / seconds));
    }
    return out.toString();
  }
}
