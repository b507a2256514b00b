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
  IMS,
  /** SWx SIP-Auth-Data-Item for EAP-AKA (TS 29.273 §8.1.2.1). */
  EAP_AKA,
  /** SWx SIP-Auth-Data-Item for EAP-AKA' (TS 29.273 §8.1.2.1, TS 33.402 §6.2). */
  EAP_AKA_PRIME;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
