package org.reactivehss.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits for a condition the code under test offers no event or future for (a peer reaching Open, a
 * metric moving), so that tests state what they wait for instead of each copying a sleep loop. The
 * deadline only bounds a failing test; a passing one continues as soon as the condition holds.
 */
public final class Await {
  private static final long CHECK_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private Await() {}

  /**
   * A condition that may need I/O to check (an HTTP scrape, a socket read); {@code E} is what the
   * check throws, so a condition that throws nothing checked makes the wait throw nothing checked.
   */
  @FunctionalInterface
  public interface Condition<E extends Exception> {
    boolean holds() throws E;
  }

  /**
   * Returns once {@code condition} holds; fails the test with {@code what} when it still does not
   * after {@code deadline}.
   */
  public static <E extends Exception> void until(
      String what, Duration deadline, Condition<E> condition) throws E, InterruptedException {
    if (!within(deadline, condition)) {
      throw new AssertionError("still not true after " + deadline + ": " + what);
    }
  }

  /**
   * True as soon as {@code condition} holds, false when it still does not after {@code deadline}:
   * for a caller that reports the failure itself (with a log's tail, say) or has a fallback.
   */
  public static <E extends Exception> boolean within(Duration deadline, Condition<E> condition)
      throws E, InterruptedException {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() - end > 0) {
        return false;
      }
      LockSupport.parkNanos(CHECK_EVERY_NANOS);
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting");
      }
    }
    return true;
  }
}
