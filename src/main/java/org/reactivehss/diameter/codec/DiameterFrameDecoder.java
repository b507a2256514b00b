package org.reactivehss.diameter.codec;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Netty inbound handler: cuts the stream into frames and emits one {@link DecodeResult} per frame
 * (a {@link DiameterMessage}, or a {@link MalformedMessage} to be answered). Each frame is copied
 * once out of the socket buffer into its own array, which the message then views. When the stream
 * becomes unframeable it emits one {@link FramingError} and discards everything after; closing the
 * connection is the connection's decision, not this handler's.
 */
public final class DiameterFrameDecoder extends ByteToMessageDecoder {
    private final DiameterFramer framer;
    private boolean unframeable;

    public DiameterFrameDecoder(int maxMessageSize) {
        this.framer = new DiameterFramer(maxMessageSize);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!unframeable) {
            int length = framer.nextFrameLength(in);
            if (length == DiameterFramer.NEED_MORE) {
                return;
            }
            if (length == DiameterFramer.UNFRAMEABLE) {
                unframeable = true;
                out.add(framer.describe(in));
                break;
            }
            byte[] frame = new byte[length];
            in.readBytes(frame);
            out.add(DiameterMessage.parse(frame));
        }
        in.skipBytes(in.readableBytes());
    }
}
