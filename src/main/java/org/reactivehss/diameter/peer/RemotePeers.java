package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * Where {@link HssRequests} sends a request for a peer that has no open connection in this process:
 * another HSS replica on the same database may hold one (docs/scale-out.md). Fails with {@link
 * PeerUnavailableException} when no replica holds the peer and with {@link PeerTimeoutException}
 * when the answer did not come back in time, as a local connection would, so that the retries and
 * outcomes of HSS-initiated requests are the same wherever the peer is connected.
 */
public interface RemotePeers {
  /** A single process: a peer not connected here is not connected at all. */
  RemotePeers NONE = (host, request) -> Future.failedFuture(new PeerUnavailableException(host));

  Future<DiameterMessage> request(String host, byte[] request);
}
