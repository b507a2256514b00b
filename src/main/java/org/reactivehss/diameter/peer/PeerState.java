package org.reactivehss.diameter.peer;

import org.reactivehss.metrics.PeerPhase;

/**
 * States of one peer connection ({@link PeerFsm}), named after the RFC 6733 §5.6 state machine.
 *
 * <p>The RFC describes one machine per peer that may hold an initiator and a responder connection
 * at once; here each connection carries its own state and the {@link PeerTable} performs the
 * election between two connections to the same peer (§5.6.4). The mapping:
 *
 * <pre>
 *   RFC 6733 §5.6           here
 *   Closed + R-Conn-CER      WAIT_CER        (a peer connected; its CER is due)
 *   Wait-Returns             WAIT_RETURNS    (the CER is accepted; the peer table decides)
 *   Wait-Conn-Ack/Wait-I-CEA WAIT_I_CEA      (we connected and sent CER; the transport dial is the dialer's)
 *   (RFC 3588 §6.10)         WAIT_R_TLS, WAIT_I_TLS (CEA exchanged, in-band TLS handshake running)
 *   R-Open / I-Open          R_OPEN / I_OPEN
 *   Closing                  CLOSING         (DPR sent or answered; waiting for DPA or the close)
 *   Closed                   CLOSED          (torn down, or the transport closed)
 * </pre>
 *
 * Tearing a connection down is an action ({@link PeerAction.TearDown}) that leads to CLOSED, not a
 * state: CLOSING is only the RFC's orderly disconnect.
 */
enum PeerState {
  WAIT_CER,
  WAIT_RETURNS,
  WAIT_I_CEA,
  WAIT_R_TLS,
  WAIT_I_TLS,
  R_OPEN,
  I_OPEN,
  CLOSING,
  CLOSED;

  boolean isOpen() {
    return this == R_OPEN || this == I_OPEN;
  }

  /** Gone or going: not a connection that still answers a liveness probe. */
  boolean isEnding() {
    return this == CLOSING || this == CLOSED;
  }

  /**
   * The metrics' view: before the connection opens, by which side sent the CER; R-Open and I-Open
   * are both open; a closed connection is no longer counted.
   */
  PeerPhase phase() {
    return switch (this) {
      case WAIT_CER, WAIT_RETURNS, WAIT_R_TLS -> PeerPhase.WAIT_CER;
      case WAIT_I_CEA, WAIT_I_TLS -> PeerPhase.WAIT_CEA;
      case R_OPEN, I_OPEN -> PeerPhase.OPEN;
      case CLOSING -> PeerPhase.CLOSING;
      case CLOSED -> null;
    };
  }
}
