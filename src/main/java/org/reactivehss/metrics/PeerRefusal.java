package org.reactivehss.metrics;

/**
 * Why the HSS refused a peer or one of its requests; the {@code reason} tag of {@link
 * Meters#PEER_REFUSALS}.
 */
public enum PeerRefusal {
  /** CER from an Origin-Host (or realm) not allowed to connect: 3010 (RFC 6733 §5.3). */
  UNKNOWN_PEER("unknown_peer"),
  /**
   * On TLS, a certificate that does not name the CER's Origin-Host: 3010, or closed after in-band
   * TLS.
   */
  CERTIFICATE("certificate"),
  /** In-band TLS required by one side and not offered by the other: 5017 (RFC 3588 §6.10). */
  NO_COMMON_SECURITY("no_common_security"),
  /** A request of an application the peer is not granted: 5003. */
  APPLICATION("application"),
  /**
   * A request about a subscriber outside the peer's IMSI prefixes: 5003 on S6a (User-Name is the
   * IMSI); on Cx, answered as an unknown user (5001), once the identity lookup has found the IMSI.
   */
  IMSI_RANGE("imsi_range");

  private final String tag;

  PeerRefusal(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }
}
