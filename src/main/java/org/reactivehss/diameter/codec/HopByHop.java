package org.reactivehss.diameter.codec;

/**
 * Sets the Hop-by-Hop Identifier of an encoded message (RFC 6733 §3: octets 12-15 of the header). The
 * connection that sends a request chooses it, after the message was built elsewhere.
 */
public final class HopByHop {
    private static final int OFFSET = 12;

    private HopByHop() {
    }

    /** A copy of {@code message} carrying {@code id}; the caller's array is left untouched. */
    public static byte[] withHopByHop(byte[] message, int id) {
        byte[] copy = message.clone();
        copy[OFFSET] = (byte) (id >>> 24);
        copy[OFFSET + 1] = (byte) (id >>> 16);
        copy[OFFSET + 2] = (byte) (id >>> 8);
        copy[OFFSET + 3] = (byte) id;
        return copy;
    }
}
