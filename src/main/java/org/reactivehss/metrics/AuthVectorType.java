package org.reactivehss.metrics;

import java.util.Locale;

/**
 * The kinds of authentication data counted by {@code hss_auth_vectors_total}: the metrics' own
 * closed set of tag values, so that this package needs nothing from auth (auth maps its request
 * kinds here).
 */
public enum AuthVectorType {
  /** S6a E-UTRAN vector (TS 29.272 §7.3.18). */
  EUTRAN,
  /** S6a UTRAN/GERAN quintuplet (TS 29.272 §7.3.19). */
  UTRAN,
  /** Cx SIP-Auth-Data-Item (TS 29.228 §6.3). */
  IMS;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
