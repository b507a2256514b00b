package org.reactivehss.metrics;

import java.util.Locale;

/**
 * How one Sh Push-Notification (TS 29.329 §6.1.7) for a change ended: the closed label set of
 * {@code hss_sh_pnr_total}.
 */
public enum PushNotificationOutcome {
  /** The AS answered with success. */
  ANSWERED,
  /** The AS answered with a failure (not retried). */
  REFUSED,
  /** No attempt got an answer (HssRequests gave up). */
  GAVE_UP,
  /** Not sent: the PNRs under way were at {@code sh.pnr-in-flight}. */
  DROPPED,
  /** Not sent: the data to notify could not be read, or the message would be too long. */
  NOT_BUILT;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
