package org.reactivehss.diameter.peer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the application requests inside the HSS, per connection and in total, so that overload is
 * answered at once with 3004 DIAMETER_TOO_BUSY (RFC 6733 §7.1.3: the peer should try another HSS)
 * instead of queueing until every request is late. The per-connection count lives in the connection
 * (one event loop); the total is shared by all event loops, hence the one atomic counter.
 */
final class InFlightLimit {
  private final int perConnection;
  private final int total;
  private final AtomicInteger inFlight = new AtomicInteger();

  InFlightLimit(int perConnection, int total) {
    this.perConnection = perConnection;
    this.total = total;
  }

  /**
   * Takes a slot unless the connection already holds {@code heldByConnection} of its own or all are
   * taken.
   */
  boolean tryAcquire(int heldByConnection) {
    if (heldByConnection >= perConnection) {
      return false;
    }
    if (inFlight.incrementAndGet() > total) {
      inFlight.decrementAndGet();
      return false;
    }
    return true;
  }

  void release() {
    inFlight.decrementAndGet();
  }
}
