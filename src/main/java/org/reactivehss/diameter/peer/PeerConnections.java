package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.transport.Link;
import org.reactivehss.diameter.transport.LinkHandler;

/** The transports' way in: a state machine for each new connection, by the side that opened it. */
public final class PeerConnections {
  private PeerConnections() {
  }

  /** A peer connected to us: it must send CER first. */
  public static LinkHandler responder(Link link, PeerRuntime runtime) {
    return PeerLink.responder(link, runtime);
  }

  /** We connected to {@code peerHost}: CER goes out now. */
  public static LinkHandler initiator(Link link, PeerRuntime runtime, String peerHost) {
    return PeerLink.initiator(link, runtime, peerHost);
  }
}
