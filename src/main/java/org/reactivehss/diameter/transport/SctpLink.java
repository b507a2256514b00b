package org.reactivehss.diameter.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.sctp.SctpMessage;
import io.vertx.core.Context;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A Diameter connection over one SCTP association (RFC 6733 §2.1, one-to-one style). Outbound
 * messages go on stream 0 with payload protocol identifier 46, the IANA PPID for Diameter (RFC 6733
 * §2.1.1 asks for it to be set).
 */
final class SctpLink implements Link {
  static final int DIAMETER_PPID = 46;

  private final Channel channel;
  private final Context context;
  private final String description;

  SctpLink(Channel channel, Context context) {
    this.channel = channel;
    this.context = context;
    this.description = "sctp " + channel.remoteAddress();
  }

  @Override
  public void send(byte[] message) {
    channel.writeAndFlush(new SctpMessage(DIAMETER_PPID, 0, Unpooled.wrappedBuffer(message)));
  }

  @Override
  public void close() {
    channel.close();
  }

  @Override
  public InetAddress localAddress() {
    return channel.localAddress() instanceof InetSocketAddress inet
        ? inet.getAddress()
        : InetAddress.getLoopbackAddress();
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public Context context() {
    return context;
  }
}
