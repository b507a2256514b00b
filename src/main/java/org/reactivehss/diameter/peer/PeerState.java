package org.reactivehss.diameter.peer;

import org.reactivehss.metrics.PeerPhase;

/**
 * States of one peer connection, named as in the RFC 6733 §5.6 state machine.
 *
 * <p>The RFC describes one machine per peer that may hold an initiator and a responder connection
 * at once; here each connection carries its own state and the {@link PeerTable} performs the
 * election between two connections to the same peer (§5.6.4).
 */
enum PeerState {
  /** Responder side: transport accepted, CER not yet received (RFC: Closed, awaiting R-Conn-CER). */
  WAIT_CER,
  /** Initiator side: CER sent, awaiting CEA (RFC: Wait-I-CEA). */
  WAIT_I_CEA,
  /** Capabilities exchanged on a connection the peer opened (RFC: R-Open). */
  R_OPEN,
  /** Capabilities exchanged on a connection this HSS opened (RFC: I-Open). */
  I_OPEN,
  /** DPR sent or received; waiting for the transport to close (RFC: Closing). */
  CLOSING,
  /** Transport closed. */
  CLOSED;

  boolean isOpen() {
    return this == R_OPEN || this == I_OPEN;
  }

  /** The metrics' view: R-Open and I-Open are both open; a closed link is no longer counted. */
  PeerPhase phase() {
    return switch (this) {
      case WAIT_CER -> PeerPhase.WAIT_CER;
      case WAIT_I_CEA -> PeerPhase.WAIT_CEA;
      case R_OPEN, I_OPEN -> PeerPhase.OPEN;
      case CLOSING -> PeerPhase.CLOSING;
      case CLOSED -> null;
    };
  }
}
