package org.reactivehss.diameter.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelPipeline;
import io.vertx.core.Context;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.function.Function;
import org.reactivehss.diameter.codec.DiameterFrameDecoder;

/**
 * A Diameter connection over TCP on a Vert.x {@link NetSocket}. The codec's frame decoder is put into
 * the socket's Netty pipeline, as vertx-mqtt does, so the connection receives framed messages and
 * keeps Vert.x's event-loop affinity, TLS and metrics.
 *
 * <p>Back-pressure: when the peer stops reading and the write queue fills, this link stops reading
 * from the peer until the queue drains, instead of buffering without bound.
 */
public final class TcpLink implements Link {
  private final NetSocketInternal socket;
  private final Context context;
  private final String description;
  private final InetAddress localAddress;

  private TcpLink(NetSocketInternal socket, Context context) {
    this.socket = socket;
    this.context = context;
    this.description = "tcp " + socket.remoteAddress();
    this.localAddress = localAddressOf(socket);
  }

  /** Installs the codec on {@code socket} and connects it to the handler the factory makes. */
  public static TcpLink attach(NetSocket socket, Context context, int maxMessageSize,
      Function<Link, LinkHandler> handlerFactory) {
    NetSocketInternal internal = (NetSocketInternal) socket;
    ChannelPipeline pipeline = internal.channelHandlerContext().pipeline();
    pipeline.addBefore("handler", "diameter-frame-decoder", new DiameterFrameDecoder(maxMessageSize));
    TcpLink link = new TcpLink(internal, context);
    LinkHandler handler = new GuardedLinkHandler(link, handlerFactory.apply(link));
    internal.messageHandler(handler::onInbound);
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

  private static InetAddress localAddressOf(NetSocketInternal socket) {
    SocketAddress local = socket.channelHandlerContext().channel().localAddress();
    if (local instanceof InetSocketAddress inet) {
      return inet.getAddress();
    }
    return InetAddress.getLoopbackAddress();
  }
}
