package org.reactivehss.diameter.transport;

import org.reactivehss.net.ConnectionBudget;

/**
 * What the transports need from the peer layer above them: the options they listen and dial by, the
 * connection budget, and a state machine for each new connection. The peer layer implements it, so
 * the transports never import that layer (the dependency points down only).
 */
public interface PeerLayer {
  DiameterOptions options();

  /**
   * {@code diameter.max-connections}: a place is taken per accepted connection, given back on
   * close.
   */
  ConnectionBudget connections();

  /** Whether {@code peerHost} has an open connection already (then it is not dialed). */
  boolean isOpen(String peerHost);

  /** A peer connected to us: it must send CER first. */
  LinkHandler responder(Link link);

  /** We connected to {@code peerHost}: CER goes out now. */
  LinkHandler initiator(Link link, String peerHost);
}
