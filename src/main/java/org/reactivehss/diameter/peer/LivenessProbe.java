package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.reactivehss.diameter.transport.DiameterOptions;

/**
 * Asks an open connection whether its peer is still there, when a new connection claims the same
 * Origin-Host (see {@link PeerTable#admitResponder}). The link sends a DWR and the probe waits: any
 * message received proves the peer alive (RFC 3539 §3.4.1: every message counts as a watchdog
 * answer); silence for the bound, or the transport closing, proves it gone. One probe at a time per
 * connection: claims that arrive meanwhile share its outcome, so a flood of CERs costs one DWR.
 *
 * <p>The bound is Tw (RFC 3539 §3.4.1: a DWR unanswered for Tw makes the peer suspect), shortened
 * to half the CER timeout so that the newcomer, waiting for its CEA, hears the decision before a
 * peer using the same timer as this HSS gives up. Runs on the connection's event loop, like {@link
 * PeerLink}.
 */
final class LivenessProbe {
  private final Vertx vertx;
  private final long boundMs;
  private Promise<Boolean> pending;
  private long timerId = -1;

  LivenessProbe(Vertx vertx, DiameterOptions options) {
    this.vertx = vertx;
    this.boundMs = Math.min(options.watchdogIntervalMs(), options.cerTimeoutMs() / 2);
  }

  long boundMs() {
    return boundMs;
  }

  /**
   * True when the peer sends anything within the bound. {@code sendDwr} is called once per probe;
   * {@code onSilent} when the bound passes without a message (the caller closes the connection).
   */
  Future<Boolean> start(Runnable sendDwr, Runnable onSilent) {
    if (pending == null) {
      pending = Promise.promise();
      timerId =
          vertx.setTimer(
              boundMs,
              t -> {
                timerId = -1;
                if (end(false)) {
                  onSilent.run();
                }
              });
      sendDwr.run();
    }
    return pending.future();
  }

  /** A message arrived on the connection. */
  void onReceive() {
    end(true);
  }

  /** The connection closed: whatever was asked is answered "gone". */
  void onClosed() {
    end(false);
  }

  private boolean end(boolean alive) {
    if (pending == null) {
      return false;
    }
    Promise<Boolean> done = pending;
    pending = null;
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
      timerId = -1;
    }
    done.complete(alive);
    return true;
  }
}
