package org.reactivehss.diameter.peer;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The transport failure detection of RFC 3539 §3.4, for one connection, as a pure state holder: the
 * connection feeds it events and a clock, and does what it answers. It never touches a socket.
 *
 * <pre>
 *   OKAY  --Tw expires, peer silent--> send DWR, pending    (§3.4.1 "SendWatchdog")
 *   OKAY(pending) --Tw expires again--> SUSPECT             (no answer within Tw)
 *   SUSPECT --Tw expires again--> DOWN: close the connection
 *   any --message received--> OKAY, not pending             (§3.4.1 "any message counts")
 * </pre>
 *
 * Tw is jittered by up to ±2 s on each arming (§3.4.1) so that peers do not synchronise; tests that
 * run with a Tw below the RFC's 6 s floor get a proportionally smaller jitter.
 */
final class Watchdog {
  enum Action {
    NONE,
    SEND_DWR,
    CLOSE
  }

  enum State {
    OKAY,
    SUSPECT,
    DOWN
  }

  private final long twMs;
  private final long jitterMs;
  private State state = State.OKAY;
  private boolean pending;
  private long lastReceiveMs;

  Watchdog(long twMs, long nowMs) {
    this.twMs = twMs;
    this.jitterMs = Math.min(2_000, twMs / 4);
    this.lastReceiveMs = nowMs;
  }

  /** Next timer delay: Tw with jitter. */
  long nextDelayMs() {
    return twMs + ThreadLocalRandom.current().nextLong(-jitterMs, jitterMs + 1);
  }

  void onReceive(long nowMs) {
    lastReceiveMs = nowMs;
    pending = false;
    state = State.OKAY;
  }

  Action onTimer(long nowMs) {
    if (state == State.DOWN) {
      return Action.CLOSE;
    }
    if (!pending) {
      if (nowMs - lastReceiveMs < twMs - jitterMs) {
        return Action.NONE;
      }
      pending = true;
      return Action.SEND_DWR;
    }
    if (state == State.OKAY) {
      state = State.SUSPECT;
      return Action.NONE;
    }
    state = State.DOWN;
    return Action.CLOSE;
  }

  State state() {
    return state;
  }
}
