package org.reactivehss.bus;

import io.vertx.core.eventbus.DeliveryOptions;

/**
 * When a request must have been answered: its arrival plus diameter.request-timeout-ms, fixed once
 * by the Diameter dispatcher and carried with the request through every hop (handler, auth,
 * storage). Inner calls use what is left of it rather than timeouts of their own, and work that has
 * not started when it passes is dropped: a request whose answer has already gone out (3004 from the
 * dispatcher) must not still reach the database. {@link #NONE} is for callers that no peer waits on
 * (provisioning, start-up, tests); their calls are bounded by the storage statement timeout alone.
 */
public final class Deadline {
  public static final Deadline NONE = new Deadline(0, false);
  private static final long NANOS_PER_MILLI = 1_000_000;

  private final long atNanos;
  private final boolean bounded;

  private Deadline(long atNanos, boolean bounded) {
    this.atNanos = atNanos;
    this.bounded = bounded;
  }

  /** At {@code atNanos} on the {@link System#nanoTime()} clock. */
  public static Deadline atNanos(long atNanos) {
    return new Deadline(atNanos, true);
  }

  public static Deadline inMillis(long millis) {
    return atNanos(System.nanoTime() + millis * NANOS_PER_MILLI);
  }

  public boolean isBounded() {
    return bounded;
  }

  /** The {@link System#nanoTime()} value it falls at; meaningful only when {@link #isBounded()}. */
  public long atNanos() {
    return atNanos;
  }

  public boolean passed() {
    return bounded && System.nanoTime() - atNanos >= 0;
  }

  /**
   * Milliseconds left, rounded up, at least 1 (a bus send timeout of 0 would mean none);
   * Long.MAX_VALUE when unbounded.
   */
  public long remainingMillis() {
    if (!bounded) {
      return Long.MAX_VALUE;
    }
    long left = atNanos - System.nanoTime();
    return left <= 0 ? 1 : (left + NANOS_PER_MILLI - 1) / NANOS_PER_MILLI;
  }

  /**
   * Options for a bus request inside this deadline: the send timeout is what is left, so the reply
   * timer fires when the request's own time is up, not after a timeout of the hop's own. Unbounded:
   * Vert.x's default send timeout.
   */
  public DeliveryOptions sendOptions() {
    DeliveryOptions options = new DeliveryOptions().setLocalOnly(true);
    return bounded ? options.setSendTimeout(remainingMillis()) : options;
  }

  @Override
  public String toString() {
    return bounded
        ? "Deadline[in " + (atNanos - System.nanoTime()) / NANOS_PER_MILLI + " ms]"
        : "Deadline[none]";
  }
}
