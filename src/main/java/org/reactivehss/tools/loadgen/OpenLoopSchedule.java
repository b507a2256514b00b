package org.reactivehss.tools.loadgen;

/**
 * When each request of an open loop is due: request k (from 0) of a connection sending {@code
 * perSecond} is due {@code k / perSecond} seconds after the start. Latency is measured from that
 * time, not from the moment the request really left: when the generator itself is late (a pause of
 * its JVM, a thread the scheduler kept off the CPU) the requests it owed would otherwise start
 * their clocks late and hide the delay an MME would have seen (coordinated omission). How late the
 * sends were is kept apart ({@link LatencyRecorders#sendLag}), so that the generator's own share of
 * a tail stays visible.
 */
final class OpenLoopSchedule {
  private final long startNanos;
  private final double nanosPerRequest;
  private long sent;

  OpenLoopSchedule(long startNanos, double perSecond) {
    this.startNanos = startNanos;
    this.nanosPerRequest = 1e9 / perSecond;
  }

  /** True while a request is due at {@code nowNanos} that has not been taken yet. */
  boolean owes(long nowNanos) {
    return nowNanos - startNanos >= (long) (sent * nanosPerRequest);
  }

  /** Takes the next due request and returns the time it was due. */
  long take() {
    return startNanos + (long) (sent++ * nanosPerRequest);
  }
}
