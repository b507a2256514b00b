package org.reactivehss.metrics;

import java.util.Locale;

/** How a request the HSS started itself (CLR, IDR, DSR, RTR, PPR) ended, after every attempt. */
public enum HssRequestOutcome {
  /** The peer answered with a success (2xxx). */
  ANSWERED,
  /** The peer answered with a failure other than a protocol error (4xxx, 5xxx): not retried. */
  REFUSED,
  /** No attempt got an answer other than a protocol error (3xxx), a timeout or an absent peer. */
  GAVE_UP;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
