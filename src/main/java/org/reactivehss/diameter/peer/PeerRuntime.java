package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.config.DiameterOptions;

/**
 * What every connection of one HSS shares: identity, options, the peer table, the capabilities
 * exchange, the base protocol and the dispatcher. Immutable or thread-safe; built once at startup.
 */
public record PeerRuntime(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table,
    CapabilitiesExchange capabilities, BaseProtocol base, RequestDispatcher dispatcher,
    InFlightLimit inFlight) {

  public static PeerRuntime create(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table) {
    List<String> allowed = new ArrayList<>(options.allowedPeers());
    options.peers().forEach(p -> allowed.add(p.host()));
    return new PeerRuntime(vertx, identity, options, table,
        new CapabilitiesExchange(identity, new PeerAllowList(allowed)), new BaseProtocol(identity),
        new RequestDispatcher(vertx, options.requestTimeoutMs()),
        new InFlightLimit(options.maxInFlightPerPeer(), options.maxInFlight()));
  }
}
