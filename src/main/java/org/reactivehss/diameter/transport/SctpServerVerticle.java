package org.reactivehss.diameter.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.sctp.SctpChannel;
import io.netty.channel.sctp.SctpChannelOption;
import io.netty.channel.sctp.SctpMessage;
import io.netty.channel.sctp.SctpServerChannel;
import io.netty.channel.sctp.nio.NioSctpServerChannel;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.sctp.SctpMessageCompletionHandler;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivehss.diameter.codec.DiameterFrameDecoder;
import org.reactivehss.diameter.codec.InboundFrame;
import org.reactivehss.net.ListenFailures;

/**
 * Accepts Diameter over SCTP (RFC 6733 §2.1) with Netty's SCTP transport on an NIO event-loop group
 * of its own, feeding the same codec and peer logic as TCP. Each association is handed to one
 * Vert.x event-loop context (round robin), where its peer state machine lives; Netty's channel
 * writes are thread-safe, so answers go straight back.
 *
 * <p>Inbound SCTP messages are reassembled ({@link SctpMessageCompletionHandler}) and their
 * payloads, whatever the stream or PPID, fed as a byte stream to the frame decoder: one decoder for
 * both transports, and a peer that bundles Diameter messages in one SCTP message is still
 * understood.
 */
public final class SctpServerVerticle extends VerticleBase {
  private final PeerLayer peers;
  private final List<ContextInternal> contexts = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private EventLoopGroup group;
  private Channel serverChannel;

  public SctpServerVerticle(PeerLayer peers) {
    this.peers = peers;
  }

  @Override
  public Future<?> start() {
    VertxInternal vx = (VertxInternal) vertx;
    for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
      contexts.add(vx.createEventLoopContext());
    }
    group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    var options = peers.options();
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group)
            .channel(NioSctpServerChannel.class)
            .childOption(SctpChannelOption.SCTP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SctpChannel>() {
                  @Override
                  protected void initChannel(SctpChannel ch) {
                    if (!peers.connections().tryAcquire()) {
                      ch.close(); // over diameter.max-connections: no association state kept,
                      // nothing read
                      return;
                    }
                    ContextInternal ctx =
                        contexts.get(Math.floorMod(next.getAndIncrement(), contexts.size()));
                    SctpLink link = new SctpLink(ch, ctx);
                    var handler =
                        new GuardedLinkHandler(
                            link,
                            new BudgetedLinkHandler(peers.responder(link), peers.connections()));
                    ch.pipeline()
                        .addLast(new SctpMessageCompletionHandler())
                        .addLast(
                            new MessageToMessageDecoder<SctpMessage>() {
                              @Override
                              protected void decode(
                                  ChannelHandlerContext c, SctpMessage m, List<Object> out) {
                                out.add(m.content().retain());
                              }
                            })
                        .addLast(new DiameterFrameDecoder(options.maxMessageSize()))
                        .addLast(
                            new ChannelInboundHandlerAdapter() {
                              @Override
                              public void channelRead(ChannelHandlerContext c, Object msg) {
                                ctx.execute(InboundFrame.of(msg), handler::onInbound);
                              }

                              @Override
                              public void channelInactive(ChannelHandlerContext c) {
                                ctx.execute(v -> handler.onClosed());
                              }
                            });
                  }
                });
    Promise<Void> bound = Promise.promise();
    bootstrap
        .bind(new InetSocketAddress(options.listenAddress(), options.sctpPort()))
        .addListener(
            f -> {
              if (f.isSuccess()) {
                serverChannel = ((io.netty.channel.ChannelFuture) f).channel();
                bindExtraAddresses(bound);
              } else {
                bound.fail(
                    ListenFailures.explain(
                        f.cause(),
                        "Diameter SCTP",
                        options.listenAddress(),
                        options.sctpPort(),
                        "diameter.sctp-port"));
              }
            });
    return bound.future();
  }

  /**
   * Multi-homing: the association may use any of these addresses (RFC 4960 §6.4); bound one by one.
   */
  private void bindExtraAddresses(Promise<Void> bound) {
    bindExtra(peers.options().sctpExtraAddresses(), 0, bound);
  }

  private void bindExtra(List<String> addresses, int index, Promise<Void> bound) {
    if (index == addresses.size()) {
      bound.complete();
      return;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(addresses.get(index));
    } catch (java.net.UnknownHostException e) {
      bound.fail(e);
      return;
    }
    ((SctpServerChannel) serverChannel)
        .bindAddress(address)
        .addListener(
            f -> {
              if (f.isSuccess()) {
                bindExtra(addresses, index + 1, bound);
              } else {
                bound.fail(
                    ListenFailures.explain(
                        f.cause(),
                        "Diameter SCTP extra address",
                        addresses.get(index),
                        peers.options().sctpPort(),
                        "diameter.sctp-extra-addresses"));
              }
            });
  }

  @Override
  public Future<?> stop() {
    if (serverChannel != null) {
      serverChannel.close();
    }
    if (group != null) {
      group.shutdownGracefully();
    }
    return Future.succeededFuture();
  }
}
