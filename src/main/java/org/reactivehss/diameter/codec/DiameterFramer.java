package org.reactivehss.diameter.codec;

import io.netty.buffer.ByteBuf;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Finds message boundaries in a byte stream from the 4 octets Version and Message Length (RFC 6733
 * §3). Reads only, never moves buffer indices.
 *
 * <p>A stream is unframeable, and the connection must close, when the next header shows a version
 * other than 1 (RFC 6733 §3: we cannot know where such a message ends), a Message Length below the
 * 20-octet header (the next boundary is unknown), or a Message Length above the configured maximum
 * (refused before it is buffered, RFC 6733 §13 leaves resource limits to the node). A length that
 * is merely not a multiple of 4 still delimits the frame, so it is framed and answered with 5015
 * (RFC 6733 §7.1.5) like every other problem inside a frame (RFC 6733 §7.2).
 */
final class DiameterFramer {
    /**
     * Default largest accepted message: room for big Cx User-Data profiles, bounded per connection.
     */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 1 << 20;

    /** {@link #nextFrameLength} result: the buffer holds no whole frame yet. */
    public static final int NEED_MORE = 0;

    /** {@link #nextFrameLength} result: the stream cannot be framed; ask {@link #describe} why. */
    public static final int UNFRAMEABLE = -1;

    /** Largest value of the 24-bit Message Length field. */
    public static final int LARGEST_ENCODABLE = 0xffffff;

    private static final int VERSION_AND_LENGTH = 4;

    private final int maxMessageSize;

    public DiameterFramer(int maxMessageSize) {
        if (maxMessageSize < DiameterMessage.HEADER_LENGTH || maxMessageSize > LARGEST_ENCODABLE) {
            throw new IllegalArgumentException(
                    "max message size " + maxMessageSize + " outside 20.." + LARGEST_ENCODABLE);
        }
        this.maxMessageSize = maxMessageSize;
    }

    public int maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * The length of the frame at the reader index if all of it is readable, else NEED_MORE or
     * UNFRAMEABLE.
     */
    public int nextFrameLength(ByteBuf in) {
        int readable = in.readableBytes();
        int at = in.readerIndex();
        int version = readable > 0 ? in.getUnsignedByte(at) : -1;
        int length = readable >= VERSION_AND_LENGTH ? in.getUnsignedMedium(at + 1) : -1;
        return classify(readable, version, length);
    }

    /**
     * As {@link #nextFrameLength(ByteBuf)}, for {@code readable} octets of an array from {@code
     * offset}.
     */
    public int nextFrameLength(byte[] stream, int offset, int readable) {
        int version = readable > 0 ? stream[offset] & 0xff : -1;
        int length = readable >= VERSION_AND_LENGTH ? Bytes.uint24(stream, offset + 1) : -1;
        return classify(readable, version, length);
    }

    private int classify(int readable, int version, int length) {
        if (readable == 0) {
            return NEED_MORE;
        }
        if (version != MessageParser.VERSION) {
            return UNFRAMEABLE;
        }
        if (length < 0) {
            return NEED_MORE;
        }
        if (length < DiameterMessage.HEADER_LENGTH || length > maxMessageSize) {
            return UNFRAMEABLE;
        }
        return readable >= length ? length : NEED_MORE;
    }

    /**
     * Why the stream at the reader index is unframeable (call after {@link #nextFrameLength} said
     * so).
     */
    public FramingError describe(ByteBuf in) {
        int at = in.readerIndex();
        int version = in.getUnsignedByte(at);
        if (version != MessageParser.VERSION) {
            return new FramingError(
                    ResultCodes.DIAMETER_UNSUPPORTED_VERSION.code(),
                    "version " + version + " is not 1");
        }
        int length = in.getUnsignedMedium(at + 1);
        String limit =
                length < DiameterMessage.HEADER_LENGTH
                        ? "below the 20-octet header"
                        : "above the maximum " + maxMessageSize;
        return new FramingError(
                ResultCodes.DIAMETER_INVALID_MESSAGE_LENGTH.code(),
                "Message Length " + length + " " + limit);
    }
}
