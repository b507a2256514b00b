package org.reactivehss.metrics;

import java.util.Locale;

/**
 * Which side of a request handed between HSS replicas counted it (docs/scale-out.md): the closed
 * {@code role} label of {@code hss_replica_relayed_total}.
 */
public enum RelayRole {
  /**
   * This replica had no connection to the peer and handed the request to the replica holding it.
   */
  SENT,
  /** This replica held the peer and sent another replica's request over its connection. */
  SERVED;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
