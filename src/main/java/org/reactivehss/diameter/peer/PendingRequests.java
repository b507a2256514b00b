package org.reactivehss.diameter.peer;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.metrics.HssMetrics;

/**
 * Requests this HSS sent on one connection, awaiting answers by hop-by-hop identifier (RFC 6733 §3:
 * the answer carries the request's Hop-by-Hop Identifier). Lives on the connection's event loop.
 * The one place HSS-initiated requests are measured: each ends answered, timed out or failed here.
 */
final class PendingRequests {
  private final Vertx vertx;
  private final long timeoutMs;
  private final HssMetrics metrics;
  private final Map<Integer, Entry> byHopByHop = new HashMap<>();

  private record Entry(Promise<DiameterMessage> promise, long timerId) {}

  PendingRequests(Vertx vertx, long timeoutMs, HssMetrics metrics) {
    this.vertx = vertx;
    this.timeoutMs = timeoutMs;
    this.metrics = metrics;
  }

  void add(int hopByHop, byte[] request, Promise<DiameterMessage> promise) {
    measure(request, promise);
    long timer =
        vertx.setTimer(
            timeoutMs,
            t -> {
              Entry e = byHopByHop.remove(hopByHop);
              if (e != null) {
                e.promise().tryFail(new PeerTimeoutException(timeoutMs));
              }
            });
    byHopByHop.put(hopByHop, new Entry(promise, timer));
  }

  private void measure(byte[] request, Promise<DiameterMessage> promise) {
    DiameterMessage sent = DiameterMessage.parse(request).message();
    if (sent == null) {
      return;
    }
    long started = System.nanoTime();
    promise
        .future()
        .onComplete(
            ar ->
                metrics.outboundRequest(
                    sent.applicationId(),
                    sent.commandCode(),
                    ar.succeeded(),
                    ar.succeeded() ? ar.result().resultCode() : -1,
                    ar.succeeded() && ar.result().isExperimentalResult(),
                    System.nanoTime() - started));
  }

  /**
   * Completes the matching request; false when nothing waited for this answer (late or unknown).
   */
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
