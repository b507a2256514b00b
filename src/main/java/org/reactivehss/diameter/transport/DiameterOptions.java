package org.reactivehss.diameter.transport;

import java.util.List;

/**
 * Diameter listener, timers and peers (conf/hss.yaml {@code diameter.*}, read by the config
 * package). They live with the lowest Diameter layer that reads them; the peer layer reads the
 * rest.
 *
 * @param listenAddress TCP/SCTP bind address
 * @param port TCP port (RFC 6733 §2.1: 3868)
 * @param sctp whether to listen on SCTP too: AUTO listens where the kernel supports it
 * @param sctpPort SCTP port (3868)
 * @param sctpExtraAddresses further local addresses bound to the SCTP endpoint (multi-homing, RFC
 *     4960 §6.4)
 * @param maxMessageSize largest Diameter message accepted, in octets; larger frames close the link
 * @param cerTimeoutMs how long a new connection may stay silent before sending CER
 * @param watchdogIntervalMs Tw of the RFC 3539 watchdog (§3.4.1; at least 6 s)
 * @param reconnectIntervalMs Tc of RFC 6733 §2.1, between attempts to dial a configured peer
 * @param requestTimeoutMs how long an application request may take on the event bus before 3004
 * @param maxInFlightPerPeer application requests one connection may have inside the HSS; beyond:
 *     3004
 * @param maxInFlight application requests all connections together may have inside the HSS; beyond:
 *     3004
 * @param instances server verticles; 0 means one per event loop
 * @param allowedPeers Origin-Host patterns allowed to connect: exact names or "*.domain"
 * @param peers peers with per-peer settings; each is also allowed
 * @param tls Diameter over TLS on its own port
 * @param maxConnections inbound connections (TCP, TLS and SCTP together) open at once; the next is
 *     closed as it arrives. Its own budget, apart from HTTP's, so neither side starves the other.
 */
public record DiameterOptions(
    String listenAddress,
    int port,
    SctpMode sctp,
    int sctpPort,
    List<String> sctpExtraAddresses,
    int maxMessageSize,
    int cerTimeoutMs,
    int watchdogIntervalMs,
    int reconnectIntervalMs,
    int requestTimeoutMs,
    int maxInFlightPerPeer,
    int maxInFlight,
    int instances,
    List<String> allowedPeers,
    List<PeerOptions> peers,
    TlsOptions tls,
    int maxConnections) {

  /**
   * SCTP listening: AUTO uses it where the kernel has it, TRUE insists (startup fails without it).
   */
  public enum SctpMode {
    AUTO,
    TRUE,
    FALSE
  }

  // Withers for tests and embedders that start from the defaults and change a few settings.

  public DiameterOptions withListen(String address, int tcpPort) {
    return new DiameterOptions(
        address,
        tcpPort,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        peers,
        tls,
        maxConnections);
  }

  public DiameterOptions withSctp(SctpMode mode, int port) {
    return new DiameterOptions(
        listenAddress,
        this.port,
        mode,
        port,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        peers,
        tls,
        maxConnections);
  }

  public DiameterOptions withTimers(
      int cerTimeout, int watchdogInterval, int reconnectInterval, int requestTimeout) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeout,
        watchdogInterval,
        reconnectInterval,
        requestTimeout,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        peers,
        tls,
        maxConnections);
  }

  public DiameterOptions withInFlight(int perPeer, int total) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        perPeer,
        total,
        instances,
        allowedPeers,
        peers,
        tls,
        maxConnections);
  }

  public DiameterOptions withInstances(int count) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        count,
        allowedPeers,
        peers,
        tls,
        maxConnections);
  }

  public DiameterOptions withTls(TlsOptions options) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        peers,
        options,
        maxConnections);
  }

  public DiameterOptions withMaxConnections(int max) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        peers,
        tls,
        max);
  }

  public DiameterOptions withPeers(List<PeerOptions> configured) {
    return new DiameterOptions(
        listenAddress,
        port,
        sctp,
        sctpPort,
        sctpExtraAddresses,
        maxMessageSize,
        cerTimeoutMs,
        watchdogIntervalMs,
        reconnectIntervalMs,
        requestTimeoutMs,
        maxInFlightPerPeer,
        maxInFlight,
        instances,
        allowedPeers,
        configured,
        tls,
        maxConnections);
  }
}
