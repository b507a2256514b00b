package org.reactivehss.diameter.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.BaseAvps;

/**
 * One Diameter message: a read-only view over the single array that holds its frame.
 *
 * <pre>
 * | Version (1)   |              Message Length (3)               |
 * |R P E T r r r r|              Command Code (3)                 |
 * |                       Application-ID                          |
 * |                    Hop-by-Hop Identifier                      |
 * |                    End-to-End Identifier                      |
 * |  AVPs ...                                                     |   RFC 6733 §3
 * </pre>
 *
 * AVPs are views into that array; the list of top-level AVPs is built on first use. Instances are
 * immutable and may be handed to another thread through a safe hand-off (the event bus).
 */
public final class DiameterMessage implements DecodeResult {
    /** RFC 6733 §3: the header is 20 octets. */
    public static final int HEADER_LENGTH = 20;

    static final int FLAG_REQUEST = 0x80;
    static final int FLAG_PROXIABLE = 0x40;
    static final int FLAG_ERROR = 0x20;
    static final int FLAG_RETRANSMIT = 0x10;

    /** RFC 6733 §3: the four low header flag bits are reserved and must be zero. */
    static final int FLAGS_RESERVED = 0x0f;

    private final byte[] frame;

    /** End of the AVPs that can be read: the frame length, or where a broken AVP starts. */
    private final int avpEnd;

    private List<Avp> avps;

    /**
     * When a request must have been answered ({@link System#nanoTime()}), if the peer layer set
     * one.
     */
    private final long deadlineNanos;

    private final boolean hasDeadline;

    private DiameterMessage(byte[] frame, int avpEnd) {
        this(frame, avpEnd, 0, false);
    }

    private DiameterMessage(byte[] frame, int avpEnd, long deadlineNanos, boolean hasDeadline) {
        this.frame = frame;
        this.avpEnd = avpEnd;
        this.deadlineNanos = deadlineNanos;
        this.hasDeadline = hasDeadline;
    }

    /**
     * This message, carrying the time by which it must be answered: the peer layer fixes it once,
     * on arrival, and every hop inside the HSS works within it (docs/architecture.md "Deadline"). A
     * new view over the same frame; this one is left unchanged.
     */
    public DiameterMessage withDeadline(long deadlineNanos) {
        DiameterMessage carried = new DiameterMessage(frame, avpEnd, deadlineNanos, true);
        carried.avps = avps;
        return carried;
    }

    public boolean hasDeadline() {
        return hasDeadline;
    }

    /** Meaningful only when {@link #hasDeadline()}. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /**
     * Parses one whole frame. Never throws: a broken structure becomes a {@link MalformedMessage}
     * whose problem is the answer RFC 6733 §7.1.5 asks for (5015 for the message length, 5014 for
     * an AVP length). The array is kept, not copied: the caller must not change it afterwards.
     */
    public static DecodeResult parse(byte[] frame) {
        return MessageParser.parse(frame);
    }

    /** For {@link MessageParser}: {@code avpEnd} has been checked against the frame. */
    static DiameterMessage over(byte[] frame, int avpEnd) {
        return new DiameterMessage(frame, avpEnd);
    }

    public int version() {
        return Bytes.uint8(frame, 0);
    }

    /** Message Length from the header: the whole message, padding included. */
    public int length() {
        return Bytes.uint24(frame, 1);
    }

    public int flags() {
        return Bytes.uint8(frame, 4);
    }

    public boolean isRequest() {
        return (flags() & FLAG_REQUEST) != 0;
    }

    public boolean isProxiable() {
        return (flags() & FLAG_PROXIABLE) != 0;
    }

    public boolean isError() {
        return (flags() & FLAG_ERROR) != 0;
    }

    public boolean isRetransmit() {
        return (flags() & FLAG_RETRANSMIT) != 0;
    }

    public int commandCode() {
        return Bytes.uint24(frame, 5);
    }

    /** Application-ID as an unsigned 32-bit value in an int (the relay id 0xffffffff is -1). */
    public int applicationId() {
        return Bytes.int32(frame, 8);
    }

    public int hopByHopId() {
        return Bytes.int32(frame, 12);
    }

    public int endToEndId() {
        return Bytes.int32(frame, 16);
    }

    /** The top-level AVPs in wire order (decoded once, on first call). */
    public List<Avp> avps() {
        List<Avp> decoded = avps;
        if (decoded == null) {
            decoded = AvpChain.list(frame, HEADER_LENGTH, avpEnd);
            avps = decoded;
        }
        return decoded;
    }

    /**
     * The first top-level AVP of that definition, or null. Scans the frame without building the
     * list.
     */
    public Avp first(AvpDef def) {
        return AvpChain.first(frame, HEADER_LENGTH, avpEnd, def);
    }

    public List<Avp> all(AvpDef def) {
        return AvpChain.all(frame, HEADER_LENGTH, avpEnd, def);
    }

    /** A copy of the frame. */
    public byte[] bytes() {
        return frame.clone();
    }

    public void writeTo(ByteBuf out) {
        out.writeBytes(frame);
    }

    /** Session-Id (RFC 6733 §8.8) or null. */
    public String sessionId() {
        return text(BaseAvps.SESSION_ID);
    }

    public String originHost() {
        return text(BaseAvps.ORIGIN_HOST);
    }

    public String originRealm() {
        return text(BaseAvps.ORIGIN_REALM);
    }

    /**
     * The answer's outcome: Result-Code, else the Experimental-Result-Code inside
     * Experimental-Result (RFC 6733 §7.6), else -1. Check {@link #isExperimentalResult()} to know
     * which space it is in.
     */
    public long resultCode() {
        Avp result = first(BaseAvps.RESULT_CODE);
        if (result != null && result.dataLength() == 4) {
            return result.asUnsigned32();
        }
        Avp experimental = first(BaseAvps.EXPERIMENTAL_RESULT);
        Avp code =
                experimental == null ? null : experimental.first(BaseAvps.EXPERIMENTAL_RESULT_CODE);
        return code != null && code.dataLength() == 4 ? code.asUnsigned32() : -1;
    }

    public boolean isExperimentalResult() {
        return first(BaseAvps.RESULT_CODE) == null && first(BaseAvps.EXPERIMENTAL_RESULT) != null;
    }

    @Override
    public DiameterMessage message() {
        return this;
    }

    @Override
    public DecodeProblem problem() {
        return null;
    }

    byte[] frame() {
        return frame;
    }

    int avpEnd() {
        return avpEnd;
    }

    private String text(AvpDef def) {
        Avp avp = first(def);
        return avp == null ? null : avp.asUtf8();
    }

    /** Header fields only: AVP data may carry key material and is never printed. */
    @Override
    public String toString() {
        return "DiameterMessage["
                + (isRequest() ? "request" : "answer")
                + " app="
                + Integer.toUnsignedString(applicationId())
                + " cmd="
                + commandCode()
                + " flags=0x"
                + Integer.toHexString(flags())
                + " length="
                + length()
                + " hbh=0x"
                + Integer.toHexString(hopByHopId())
                + " e2e=0x"
                + Integer.toHexString(endToEndId())
                + "]";
    }
}
