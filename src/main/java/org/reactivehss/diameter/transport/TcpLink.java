package org.reactivehss.diameter.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.PromiseInternal;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.reactivehss.diameter.codec.DiameterFrameDecoder;
import org.reactivehss.diameter.codec.InboundFrame;

/**
 * A Diameter connection over TCP on a Vert.x {@link NetSocket}. The codec's frame decoder is put
 * into the socket's Netty pipeline, as vertx-mqtt does, so the connection receives framed messages
 * and keeps Vert.x's event-loop affinity, TLS and metrics.
 *
 * <p>Back-pressure: when the peer stops reading and the write queue fills, this link stops reading
 * from the peer until the queue drains, instead of buffering without bound.
 *
 * <p>In-band TLS: given a TLS context, {@link #startTls} puts Netty's TLS handler in front of the
 * frame decoder once everything queued before (the CEA) has been flushed, on this event loop. The
 * peer starts its handshake only after reading the CEA, which is a later read on this same loop, so
 * no handshake byte ever reaches the decoder. (Vert.x's own upgradeToSsl is not used: on a server
 * shared by several verticle instances it has no TLS context manager for the extra instances.)
 */
final class TcpLink implements Link {
  private final NetSocketInternal socket;
  private final Context context;
  private final String description;
  private final InetAddress localAddress;
  private final SslContext inbandTls;

  private TcpLink(NetSocketInternal socket, Context context, SslContext inbandTls) {
    this.socket = socket;
    this.context = context;
    this.inbandTls = inbandTls;
    this.description = "tcp " + socket.remoteAddress();
    this.localAddress = localAddressOf(socket);
  }

  /** Installs the codec on {@code socket} and connects it to the handler the factory makes. */
  public static TcpLink attach(
      NetSocket socket,
      Context context,
      int maxMessageSize,
      Function<Link, LinkHandler> handlerFactory) {
    return attach(socket, context, maxMessageSize, null, handlerFactory);
  }

  /**
   * As above; {@code inbandTls} (a server context on accepted sockets, a client one on dialed ones,
   * or null for none) is what {@link #startTls} uses.
   */
  public static TcpLink attach(
      NetSocket socket,
      Context context,
      int maxMessageSize,
      SslContext inbandTls,
      Function<Link, LinkHandler> handlerFactory) {
    NetSocketInternal internal = (NetSocketInternal) socket;
    ChannelPipeline pipeline = internal.channelHandlerContext().pipeline();
    pipeline.addBefore(
        "handler", "diameter-frame-decoder", new DiameterFrameDecoder(maxMessageSize));
    // answers finished in one event-loop turn leave in one write system call, not one each
    pipeline.addBefore(
        "diameter-frame-decoder", "flush-consolidation", new FlushConsolidationHandler(256, true));
    TcpLink link = new TcpLink(internal, context, inbandTls);
    LinkHandler handler = new GuardedLinkHandler(link, handlerFactory.apply(link));
    internal.messageHandler(item -> handler.onInbound(InboundFrame.of(item)));
    internal.closeHandler(v -> handler.onClosed());
    internal.exceptionHandler(e -> internal.close());
    internal.drainHandler(v -> internal.resume());
    return link;
  }

  @Override
  public void send(byte[] message) {
    socket.writeMessage(Unpooled.wrappedBuffer(message));
    if (socket.writeQueueFull()) {
      socket.pause();
    }
  }

  @Override
  public void close() {
    socket.close();
  }

  @Override
  public InetAddress localAddress() {
    return localAddress;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public boolean isTls() {
    return socket.isSsl();
  }

  @Override
  public X509Certificate peerCertificate() {
    if (!socket.isSsl()) {
      return null;
    }
    try {
      List<Certificate> chain = socket.peerCertificates();
      return chain != null && !chain.isEmpty() && chain.get(0) instanceof X509Certificate x509
          ? x509
          : null;
    } catch (SSLPeerUnverifiedException none) {
      return null;
    }
  }

  @Override
  public boolean canStartTls() {
    return inbandTls != null && !socket.isSsl();
  }

  @Override
  public Future<Void> startTls() {
    if (!canStartTls()) {
      return Link.super.startTls();
    }
    PromiseInternal<Void> handshaken = ((ContextInternal) context).promise();
    // An empty write completes after every earlier write has reached the socket.
    socket
        .writeMessage(Unpooled.EMPTY_BUFFER)
        .onComplete(
            flushed -> {
              if (flushed.failed()) {
                handshaken.tryFail(flushed.cause());
                return;
              }
              ChannelHandlerContext chctx = socket.channelHandlerContext();
              SslHandler ssl = inbandTls.newHandler(chctx.alloc());
              chctx.pipeline().addFirst("ssl", ssl);
              ssl.handshakeFuture()
                  .addListener(
                      done -> {
                        if (done.isSuccess()) {
                          handshaken.tryComplete();
                        } else {
                          handshaken.tryFail(done.cause());
                        }
                      });
            });
    return handshaken.future();
  }

  private static InetAddress localAddressOf(NetSocketInternal socket) {
    SocketAddress local = socket.channelHandlerContext().channel().localAddress();
    if (local instanceof InetSocketAddress inet) {
      return inet.getAddress();
    }
    return InetAddress.getLoopbackAddress();
  }
}
