package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import org.reactivehss.config.DiameterOptions;

/**
 * What every connection of one HSS shares: identity, options, the peer table, the capabilities
 * exchange and the dispatcher. Immutable or thread-safe; built once at startup.
 */
public record PeerRuntime(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table,
    CapabilitiesExchange capabilities, RequestDispatcher dispatcher) {

  public static PeerRuntime create(Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table) {
    PeerAllowList allow = new PeerAllowList(allowedPatterns(options));
    return new PeerRuntime(vertx, identity, options, table, new CapabilitiesExchange(identity, allow),
        new RequestDispatcher(vertx, options.requestTimeoutMs()));
  }

  private static java.util.List<String> allowedPatterns(DiameterOptions options) {
    java.util.List<String> all = new java.util.ArrayList<>(options.allowedPeers());
    options.peers().forEach(p -> all.add(p.host()));
    return all;
  }
}
