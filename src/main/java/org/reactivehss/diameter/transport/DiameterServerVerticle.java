package org.reactivehss.diameter.transport;

import io.netty.handler.ssl.SslContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import org.reactivehss.net.ListenFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts Diameter connections over TCP (RFC 6733 §2.1, port 3868), or over TLS on its own port
 * (§13, 5658) with mutual authentication. One instance per event loop and port; Vert.x spreads the
 * accepted connections of one port across the instances, and each connection stays on the event
 * loop that accepted it. TLS sits below the codec in the Netty pipeline, so everything above is the
 * same.
 */
public final class DiameterServerVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(DiameterServerVerticle.class);

  private final PeerLayer peers;
  private final boolean secure;
  private NetServer server;
  private boolean refusalLogged;

  /** {@code secure}: listen on diameter.tls.port with TLS instead of diameter.port in the clear. */
  public DiameterServerVerticle(PeerLayer peers, boolean secure) {
    this.peers = peers;
    this.secure = secure;
  }

  @Override
  public Future<?> start() {
    var options = peers.options();
    NetServerOptions serverOptions =
        new NetServerOptions()
            .setHost(options.listenAddress())
            .setPort(secure ? options.tls().port() : options.port())
            .setTcpNoDelay(true)
            .setReuseAddress(true);
    if (secure) {
      TlsServerOptions.apply(options.tls(), serverOptions);
    }
    server = vertx.createNetServer(serverOptions);
    // In-band TLS (RFC 3588 §6.10) only where the connection starts in the clear.
    Future<SslContext> inband =
        secure
            ? Future.succeededFuture()
            : vertx.executeBlocking(() -> TlsServerOptions.inbandOrNull(options.tls(), true));
    return inband
        .compose(
            tls -> {
              server.connectHandler(
                  socket -> {
                    if (!peers.connections().tryAcquire()) {
                      refuse(socket);
                      return;
                    }
                    TcpLink.attach(
                        socket,
                        context,
                        options.maxMessageSize(),
                        tls,
                        link ->
                            new BudgetedLinkHandler(peers.responder(link), peers.connections()));
                  });
              return server
                  .listen()
                  .recover(
                      failure ->
                          Future.failedFuture(
                              ListenFailures.explain(
                                  failure,
                                  secure ? "Diameter TLS" : "Diameter",
                                  options.listenAddress(),
                                  serverOptions.getPort(),
                                  secure ? "diameter.tls.port" : "diameter.port")));
            })
        .onSuccess(
            s ->
                log.debug(
                    "Diameter {} listening on {}:{}",
                    secure ? "TLS" : "TCP",
                    options.listenAddress(),
                    s.actualPort()));
  }

  /**
   * Over {@code diameter.max-connections}: closed before any CER is read, so the file descriptor is
   * free again at once. Logged once per verticle, so that a flood is not also a flood of log lines.
   */
  private void refuse(NetSocket socket) {
    if (!refusalLogged) {
      refusalLogged = true;
      log.warn(
          "Diameter connection from {} refused: {} open, the limit ({}); further refusals are not logged",
          socket.remoteAddress(),
          peers.connections().max(),
          peers.connections().name());
    }
    socket.close();
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
