package org.reactivehss.diameter.transport;

import io.netty.handler.ssl.SslContext;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.util.HashSet;
import java.util.Set;
import org.reactivehss.diameter.codec.InboundFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dials the configured peers marked {@code connect: true} (the HSS sends requests such as
 * Cancel-Location, so it must be able to reach an MME that has not connected). RFC 6733 §2.1: while
 * a peer has no open connection, a new attempt is made every Tc (reconnect-interval-ms); a peer
 * that connected to us on its own needs no dialing.
 */
public final class PeerDialerVerticle extends VerticleBase {
  private static final Logger log = LoggerFactory.getLogger(PeerDialerVerticle.class);

  private final PeerLayer peers;
  private final Set<String> attempting = new HashSet<>();
  private NetClient client;
  private SslContext inbandTls;

  public PeerDialerVerticle(PeerLayer peers) {
    this.peers = peers;
  }

  @Override
  public Future<?> start() {
    client =
        vertx.createNetClient(
            new NetClientOptions()
                .setTcpNoDelay(true)
                .setConnectTimeout(peers.options().cerTimeoutMs()));
    return vertx
        .executeBlocking(() -> TlsServerOptions.inbandOrNull(peers.options().tls(), false))
        .onSuccess(
            tls -> {
              inbandTls = tls;
              for (PeerOptions peer : peers.options().peers()) {
                if (peer.connect()) {
                  dialIfDown(peer);
                  vertx.setPeriodic(peers.options().reconnectIntervalMs(), t -> dialIfDown(peer));
                }
              }
            });
  }

  private void dialIfDown(PeerOptions peer) {
    if (peers.isOpen(peer.host()) || !attempting.add(peer.host())) {
      return;
    }
    client
        .connect(peer.port(), peer.address())
        .onComplete(
            ar -> {
              if (ar.failed()) {
                attempting.remove(peer.host());
                log.warn(
                    "dialing {} at {}:{} failed: {}",
                    peer.host(),
                    peer.address(),
                    peer.port(),
                    ar.cause().getMessage());
                return;
              }
              TcpLink.attach(
                  ar.result(),
                  context,
                  peers.options().maxMessageSize(),
                  inbandTls,
                  link -> {
                    LinkHandler peerLink = peers.initiator(link, peer.host());
                    return new LinkHandler() {
                      @Override
                      public void onInbound(InboundFrame frame) {
                        peerLink.onInbound(frame);
                      }

                      @Override
                      public void onClosed() {
                        peerLink.onClosed();
                        attempting.remove(peer.host());
                      }
                    };
                  });
            });
  }
}
