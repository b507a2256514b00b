package org.reactivehss.diameter.peer;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * Requests this HSS sent on one connection, awaiting answers by hop-by-hop identifier (RFC 6733 §3:
 * the answer carries the request's Hop-by-Hop Identifier). Lives on the connection's event loop.
 */
final class PendingRequests {
  private final Vertx vertx;
  private final long timeoutMs;
  private final Map<Integer, Entry> byHopByHop = new HashMap<>();

  private record Entry(Promise<DiameterMessage> promise, long timerId) {
  }

  PendingRequests(Vertx vertx, long timeoutMs) {
    this.vertx = vertx;
    this.timeoutMs = timeoutMs;
  }

  void add(int hopByHop, Promise<DiameterMessage> promise) {
    long timer = vertx.setTimer(timeoutMs, t -> {
      Entry e = byHopByHop.remove(hopByHop);
      if (e != null) {
        e.promise().tryFail(new PeerTimeoutException(timeoutMs));
      }
    });
    byHopByHop.put(hopByHop, new Entry(promise, timer));
  }

  /** Completes the matching request; false when nothing waited for this answer (late or unknown). */
  boolean complete(DiameterMessage answer) {
    Entry e = byHopByHop.remove(answer.hopByHopId());
    if (e == null) {
      return false;
    }
    vertx.cancelTimer(e.timerId());
    e.promise().tryComplete(answer);
    return true;
  }

  void failAll(RuntimeException cause) {
    for (Entry e : byHopByHop.values()) {
      vertx.cancelTimer(e.timerId());
      e.promise().tryFail(cause);
    }
    byHopByHop.clear();
  }
}
