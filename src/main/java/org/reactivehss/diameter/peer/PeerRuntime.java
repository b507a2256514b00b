package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.diameter.transport.LinkHandler;
import org.reactivehss.diameter.transport.PeerLayer;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.net.ConnectionBudget;

/**
 * What every connection of one HSS shares: identity, options, the peer table, the capabilities
 * exchange, the base protocol, the dispatcher, the in-flight limit and the metrics. Immutable or
 * thread-safe; built once at startup.
 */
public record PeerRuntime(
    Vertx vertx,
    LocalIdentity identity,
    DiameterOptions options,
    PeerTable table,
    CapabilitiesExchange capabilities,
    BaseProtocol base,
    RequestDispatcher dispatcher,
    InFlightLimit inFlight,
    ConnectionBudget connections,
    HssMetrics metrics)
    implements PeerLayer {

  public static PeerRuntime create(
      Vertx vertx, LocalIdentity identity, DiameterOptions options, PeerTable table) {
    return create(vertx, identity, options, table, HssMetrics.NONE);
  }

  public static PeerRuntime create(
      Vertx vertx,
      LocalIdentity identity,
      DiameterOptions options,
      PeerTable table,
      HssMetrics metrics) {
    return new PeerRuntime(
        vertx,
        identity,
        options,
        table,
        new CapabilitiesExchange(
            identity,
            new PeerAllowList(options.allowedPeers(), options.peers()),
            new CerSecurity(options.tls().inband()),
            metrics),
        new BaseProtocol(identity),
        new RequestDispatcher(vertx, options.requestTimeoutMs(), metrics),
        new InFlightLimit(options.maxInFlightPerPeer(), options.maxInFlight()),
        new ConnectionBudget("diameter.max-connections", options.maxConnections()),
        metrics);
  }

  @Override
  public boolean isOpen(String peerHost) {
    return table.isOpen(peerHost);
  }

  @Override
  public LinkHandler responder(Link link) {
    return PeerLink.responder(link, this);
  }

  @Override
  public LinkHandler initiator(Link link, String peerHost) {
    return PeerLink.initiator(link, this, peerHost);
  }
}
