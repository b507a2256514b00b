package org.reactivehss.diameter.peer;

/**
 * No open connection to the peer a request was meant for (RFC 6733 §7.1.3: 3002-like for callers).
 */
public final class PeerUnavailableException extends RuntimeException {
  public PeerUnavailableException(String host) {
    super("no open Diameter connection to " + host, null, false, false);
  }
}
