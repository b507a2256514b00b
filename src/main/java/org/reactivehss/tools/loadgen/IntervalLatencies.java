package org.reactivehss.tools.loadgen;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies in microseconds, recorded by the connections' event loops and taken once a second by
 * the reporting thread. The range is fixed (up to an hour, 3 significant digits) and the interval
 * histograms are recycled: an auto-resizing recorder starts every second small and grows, copying
 * its counts, on the event loop that records (a quarter of the generator's Java samples in the
 * mixed profile; its CPU as a whole did not change beyond run-to-run spread, benchmarks/RESULTS.md
 * 2026-12-03, since most of it is the kernel's and the JIT's).
 */
final class IntervalLatencies {
  /** The largest latency kept; longer ones count as this (no request waits that long). */
  static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

  private final Recorder recorder = new Recorder(1, HIGHEST_MICROS, 3);
  private Histogram last;

  /** A histogram with the same range, for the totals of a run. */
  static Histogram histogram() {
    return new Histogram(1, HIGHEST_MICROS, 3);
  }

  void record(long micros) {
    recorder.recordValue(Math.min(Math.max(0, micros), HIGHEST_MICROS));
  }

  /** The latencies since the previous call: valid until the next call, which reuses it. */
  Histogram interval() {
    last = recorder.getIntervalHistogram(last);
    return last;
  }
}
