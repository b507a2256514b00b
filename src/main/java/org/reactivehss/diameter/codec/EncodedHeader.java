package org.reactivehss.diameter.codec;

/**
 * Header fields of an encoded message (from {@link MessageBuilder#build()}) that the peer layer
 * reads or stamps just before sending: a request built by an application gets its Hop-by-Hop
 * Identifier from the connection it leaves on (RFC 6733 §3, §6.1.3). Offsets per the RFC 6733 §3
 * header.
 */
public final class EncodedHeader {
    private static final int FLAGS = 4;
    private static final int COMMAND_CODE = 5;
    private static final int HOP_BY_HOP = 12;
    private static final int END_TO_END = 16;

    private EncodedHeader() {}

    public static boolean isRequest(byte[] frame) {
        return (frame[FLAGS] & DiameterMessage.FLAG_REQUEST) != 0;
    }

    public static int commandCode(byte[] frame) {
        return Bytes.uint24(frame, COMMAND_CODE);
    }

    public static int hopByHop(byte[] frame) {
        return Bytes.int32(frame, HOP_BY_HOP);
    }

    public static int endToEnd(byte[] frame) {
        return Bytes.int32(frame, END_TO_END);
    }

    /** Overwrites the Hop-by-Hop Identifier in place. */
    public static void setHopByHop(byte[] frame, int id) {
        Bytes.putInt32(frame, HOP_BY_HOP, id);
    }

    /** Overwrites the End-to-End Identifier in place. */
    public static void setEndToEnd(byte[] frame, int id) {
        Bytes.putInt32(frame, END_TO_END, id);
    }

    /** Sets the T bit in place, for a request sent again after a failover (RFC 6733 §3). */
    public static void markRetransmitted(byte[] frame) {
        frame[FLAGS] |= (byte) DiameterMessage.FLAG_RETRANSMIT;
    }
}
