package org.reactivehss.metrics;

import java.util.Locale;

/**
 * How one hand-over of a request between HSS replicas ended (docs/scale-out.md): the closed {@code
 * outcome} label of {@code hss_replica_relayed_total}. One hand-over is one attempt; the retries
 * and the final outcome are {@code hss_diameter_hss_initiated_*}'s.
 */
public enum RelayResult {
  /** The peer answered the holder; the answer went back to the sender. */
  ANSWERED,
  /** The holder had no open connection to the peer any more. */
  UNAVAILABLE,
  /** The peer did not answer the holder within the request timeout. */
  TIMEOUT,
  /** Anything else: sending failed, the answer did not decode, the database failed. */
  FAILED,
  /** Sender only: no live replica holds the peer; nothing was handed over. */
  NO_HOLDER,
  /**
   * Sender only: nothing came back within the request timeout and the relay margin (the holder died
   * or never claimed the request).
   */
  NO_REPLY;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
