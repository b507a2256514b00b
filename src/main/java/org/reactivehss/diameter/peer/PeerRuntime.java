package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import org.reactivehss.config.DiameterOptions;

/**
 * What every connection of one HSS shares: identity, options, the peer table, the capabilities
 * exchange, the base protocol and the dispatcher. Immutable or thread-safe; built once at startup.
 */
public record PeerRuntime(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table,
    CapabilitiesExchange capabilities, BaseProtocol base, RequestDispatcher dispatcher,
    InFlightLimit inFlight) {

  public static PeerRuntime create(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table) {
    return new PeerRuntime(vertx, identity, options, table,
        new CapabilitiesExchange(identity, new PeerAllowList(options.allowedPeers(), options.peers())),
        new BaseProtocol(identity),
        new RequestDispatcher(vertx, options.requestTimeoutMs()),
        new InFlightLimit(options.maxInFlightPerPeer(), options.maxInFlight()));
  }
}
