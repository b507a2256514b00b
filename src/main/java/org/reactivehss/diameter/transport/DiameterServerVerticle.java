package org.reactivehss.diameter.transport;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import org.reactivehss.diameter.peer.PeerConnections;
import org.reactivehss.diameter.peer.PeerRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts Diameter connections over TCP (RFC 6733 §2.1, port 3868). One instance per event loop;
 * Vert.x spreads the accepted connections of one port across the instances, and each connection
 * stays on the event loop that accepted it.
 */
public final class DiameterServerVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(DiameterServerVerticle.class);

  private final PeerRuntime runtime;
  private NetServer server;

  public DiameterServerVerticle(PeerRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public Future<?> start() {
    var options = runtime.options();
    server = vertx.createNetServer(new NetServerOptions()
        .setHost(options.listenAddress())
        .setPort(options.port())
        .setTcpNoDelay(true)
        .setReuseAddress(true));
    server.connectHandler(socket -> TcpLink.attach(socket, context, options.maxMessageSize(),
        link -> PeerConnections.responder(link, runtime)));
    return server.listen().onSuccess(s -> log.debug("Diameter TCP listening on {}:{}", options.listenAddress(),
        s.actualPort()));
  }

  @Override
  public Future<?> stop() {
    return server == null ? Future.succeededFuture() : server.close();
  }
}
