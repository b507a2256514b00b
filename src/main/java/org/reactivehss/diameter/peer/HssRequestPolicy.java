package org.reactivehss.diameter.peer;

/**
 * How hard the HSS tries to deliver a request it starts itself (CLR, IDR, DSR, RTR, PPR).
 *
 * @param attempts sends before giving up, at least 1
 * @param pauseMs pause between two attempts: long enough for a peer whose connection dropped to
 *     dial back (an MME's Tc is typically 30 s, so a peer that comes back later is reached by the
 *     next change)
 */
public record HssRequestPolicy(int attempts, long pauseMs) {
  /** Three attempts a second apart: a request ends within 3 × request timeout + 2 s. */
  public static final HssRequestPolicy DEFAULTS = new HssRequestPolicy(3, 1_000);

  public HssRequestPolicy {
    if (attempts < 1 || pauseMs < 0) {
      throw new IllegalArgumentException("attempts must be >= 1 and pauseMs >= 0");
    }
  }
}
