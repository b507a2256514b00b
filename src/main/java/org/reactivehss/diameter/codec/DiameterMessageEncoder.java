package org.reactivehss.diameter.codec;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Netty outbound handler: an encoded message (byte[] from {@link MessageBuilder#build()}) or a
 * {@link DiameterMessage} is written as a buffer that wraps its array, without copying. Anything
 * else passes through. Stateless, so one instance may serve every channel.
 */
@ChannelHandler.Sharable
public final class DiameterMessageEncoder extends ChannelOutboundHandlerAdapter {
    public static final DiameterMessageEncoder INSTANCE = new DiameterMessageEncoder();

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof byte[] encoded) {
            ctx.write(Unpooled.wrappedBuffer(encoded), promise);
        } else if (msg instanceof DiameterMessage message) {
            ctx.write(message.asByteBuf(), promise);
        } else {
            ctx.write(msg, promise);
        }
    }
}
