package org.reactivehss.tools.loadgen;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Latency and outcomes per command for flows and mixed profiles, recorded by every connection's
 * event loop: a latency recorder per command (read once a second, kept once the warm-up is over)
 * and answers per result code, "E" marking an Experimental-Result-Code (RFC 6733 §7.6) as Cx UAA
 * carries DIAMETER_FIRST_REGISTRATION (E2001) and DIAMETER_SUBSEQUENT_REGISTRATION (E2002).
 */
final class CommandStats {
  private final Map<Command, IntervalLatencies> recorders = new EnumMap<>(Command.class);
  private final Map<Command, Histogram> measured = new EnumMap<>(Command.class);
  private final Map<Command, ConcurrentHashMap<String, LongAdder>> codes =
      new EnumMap<>(Command.class);

  CommandStats() {
    for (Command c : Command.values()) {
      recorders.put(c, new IntervalLatencies());
      measured.put(c, IntervalLatencies.histogram());
      codes.put(c, new ConcurrentHashMap<>());
    }
  }

  void record(Command c, long micros, long resultCode, boolean experimental) {
    recorders.get(c).record(micros);
    codes
        .get(c)
        .computeIfAbsent((experimental ? "E" : "") + resultCode, k -> new LongAdder())
        .increment();
  }

  /** Takes the last second's latencies, keeping them when {@code warm}. */
  void interval(boolean warm) {
    for (Command c : Command.values()) {
      Histogram h = recorders.get(c).interval();
      if (warm) {
        measured.get(c).add(h);
      }
    }
  }

  /** Result codes of {@code c} over the whole run, in code order. */
  Map<String, Long> codes(Command c) {
    Map<String, Long> out = new TreeMap<>();
    codes.get(c).forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /**
   * The markdown table a lab can paste: per command, the measured answers, their rate, latency
   * percentiles, and the result codes of the whole run.
   */
  String table(double seconds) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| command | answers | answers/s | p50 us | p99 us | p99.9 us | max us | result codes (whole"
            + " run) |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    Histogram all = IntervalLatencies.histogram();
    for (Command c : Command.values()) {
      Histogram h = measured.get(c);
      Map<String, Long> byCode = codes(c);
      if (h.getTotalCount() == 0 && byCode.isEmpty()) {
        continue;
      }
      all.add(h);
      out.append(row(c.name(), h, seconds, codesCell(byCode)));
    }
    out.append(row("all", all, seconds, ""));
    return out.toString();
  }

  private static String row(String name, Histogram h, double seconds, String codes) {
    return String.format(
        "| %s | %d | %.0f | %d | %d | %d | %d | %s |%n",
        name,
        h.getTotalCount(),
        h.getTotalCount() / seconds,
        h.getValueAtPercentile(50),
        h.getValueAtPercentile(99),
        h.getValueAtPercentile(99.9),
        h.getMaxValue(),
        codes);
  }

  private static String codesCell(Map<String, Long> byCode) {
    StringBuilder cell = new StringBuilder();
    byCode.forEach(
        (code, n) -> cell.append(cell.isEmpty() ? "" : ", ").append(code).append(": ").append(n));
    return cell.toString();
  }
}
