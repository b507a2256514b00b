package org.reactivehss.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Await returns as soon as its condition holds and fails, naming what it waited for, when it never does. */
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
        .isInstanceOf(AssertionError.class).hasMessageContaining("the peer open");
  }
}
