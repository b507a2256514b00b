package org.reactivehss.metrics;

/** Where a Diameter connection is in its life (RFC 6733 §5.6), as a gauge tag. */
public enum PeerPhase {
  /** Transport accepted, no CER yet. */
  WAIT_CER,
  /** CER sent to a peer we dialled, no CEA yet. */
  WAIT_CEA,
  /** Capabilities exchanged: R-Open or I-Open. */
  OPEN,
  /** DPR sent or answered, waiting for the DPA or the close (RFC 6733 §5.6 Closing). */
  CLOSING;

  String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
