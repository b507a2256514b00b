package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class IntervalLatenciesTest {
  @Test
  void eachIntervalHoldsItsOwnValues_andTheTotalsKeepThemAll() {
    IntervalLatencies latencies = new IntervalLatencies();
    Histogram total = IntervalLatencies.histogram();
    for (long micros = 1; micros <= 1_000; micros++) {
      latencies.record(micros);
    }
    Histogram first = latencies.interval();
    assertThat(first.getTotalCount()).isEqualTo(1_000);
    assertThat(first.getValueAtPercentile(50)).isBetween(499L, 501L);
    total.add(first);

    latencies.record(2_000_000);
    Histogram second = latencies.interval();
    assertThat(second.getTotalCount()).isEqualTo(1);
    assertThat(second.getMaxValue()).isBetween(1_999_000L, 2_001_000L);
    total.add(second);

    assertThat(latencies.interval().getTotalCount()).isZero();
    assertThat(total.getTotalCount()).isEqualTo(1_001);
  }

  @Test
  void aLatencyBeyondTheRange_countsAsTheLargestKept_insteadOfFailingTheEventLoop() {
    IntervalLatencies latencies = new IntervalLatencies();
    latencies.record(Long.MAX_VALUE);
    latencies.record(-5);

    Histogram h = latencies.interval();

    assertThat(h.getTotalCount()).isEqualTo(2);
    assertThat(h.getMinValue()).isZero();
    assertThat(h.getMaxValue()).isGreaterThanOrEqualTo(IntervalLatencies.HIGHEST_MICROS);
  }
}
