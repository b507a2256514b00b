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

  private Await() {
  }

  /** A condition that may need I/O to check (an HTTP scrape, a socket read). */
  @FunctionalInterface
  public interface Condition {
    boolean holds() throws Exception;
  }

  /**
   * Returns once {@code condition} holds; fails the test with {@code what} when it still does not after
   * {@code deadline}.
   */
  public static void until(String what, Duration deadline, Condition condition) throws Exception {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() - end > 0) {
        throw new AssertionError("still not true after " + deadline + ": " + what);
      }
      LockSupport.parkNanos(CHECK_EVERY_NANOS);
      if (Thread.interrupted()) {
        throw new InterruptedException("interrupted while waiting until " + what);
      }
    }
  }
}
