package org.reactivehss.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Await returns as soon as its condition holds and fails, naming what it waited for, when it never
 * does; within says the same as true or false.
 */
@Timeout(10)
class AwaitTest {

  @Test
  void aConditionThatComesTrue_returnsOnceItHolds() throws Exception {
    AtomicInteger checks = new AtomicInteger();

    Await.until("the third check", Duration.ofSeconds(5), () -> checks.incrementAndGet() == 3);

    assertThat(checks).hasValue(3);
  }

  @Test
  void aConditionThatNeverHolds_failsNamingIt() {
    assertThatThrownBy(() -> Await.until("the peer open", Duration.ofMillis(50), () -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the peer open");
  }

  @Test
  void within_isTrueOnceTheConditionHolds_andFalseWhenItNeverDoes() throws Exception {
    AtomicInteger checks = new AtomicInteger();

    boolean cameTrue = Await.within(Duration.ofSeconds(5), () -> checks.incrementAndGet() == 3);
    boolean neverTrue = Await.within(Duration.ofMillis(50), () -> false);

    assertThat(cameTrue).isTrue();
    assertThat(checks).hasValue(3);
    assertThat(neverTrue).isFalse();
  }

  @Test
  void aCheckedExceptionFromTheCondition_propagates() {
    // GIVEN a condition whose check fails with I/O
    Await.Condition<IOException> unreadable =
        () -> {
          throw new IOException("socket reset");
        };

    // WHEN awaited THEN the wait ends with that exception, not a timeout
    assertThatThrownBy(() -> Await.until("a reply", Duration.ofSeconds(5), unreadable))
        .isInstanceOf(IOException.class)
        .hasMessage("socket reset");
  }
}
