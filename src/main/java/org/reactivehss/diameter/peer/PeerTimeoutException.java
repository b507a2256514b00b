package org.reactivehss.diameter.peer;

/**
 * A request this HSS sent got no answer in time (RFC 6733 §5.5.4 failover is the caller's choice).
 */
public final class PeerTimeoutException extends RuntimeException {
  public PeerTimeoutException(long timeoutMs) {
    super("no answer within " + timeoutMs + " ms", null, false, false);
  }
}
