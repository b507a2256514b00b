package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An open loop that wakes late still dates every request it owed from the moment the schedule made
 * it due, so a pause of the generator (or of the machine) shows in the latencies instead of being
 * left out of them (coordinated omission). Times are given, not measured.
 */
class OpenLoopScheduleTest {
  private static final long MS = 1_000_000;

  @Test
  void aWakeFiveMillisecondsLate_sendsTheOwedRequestsDatedFromTheirDueTimes() {
    OpenLoopSchedule schedule = new OpenLoopSchedule(100 * MS, 1000);

    List<Long> due = new ArrayList<>();
    long wokeAt = 105 * MS;
    while (schedule.owes(wokeAt)) {
      due.add(schedule.take());
    }

    assertThat(due).containsExactly(100 * MS, 101 * MS, 102 * MS, 103 * MS, 104 * MS, 105 * MS);
  }

  @Test
  void aWakeOnTime_owesNothingBeforeTheNextDueTime() {
    OpenLoopSchedule schedule = new OpenLoopSchedule(0, 2500);
    while (schedule.owes(MS)) {
      schedule.take();
    }

    assertThat(schedule.owes(MS + 199_999)).isFalse();
    assertThat(schedule.owes(MS + 200_000)).isTrue();
    assertThat(schedule.take()).isEqualTo(MS + 200_000);
  }
}
