package org.reactivehss.diameter.codec;

/**
 * A message that cannot be encoded: RFC 6733 §3 gives Message Length, and §4.1 AVP Length, 24 bits,
 * so nothing longer than {@link #MAX_LENGTH} octets can be framed. {@link MessageBuilder#build}
 * throws this rather than write a length that wraps (a wrapped length would make the peer read the
 * next message from the middle of this one). A caller answering a request turns it into 5012
 * DIAMETER_UNABLE_TO_COMPLY.
 */
public final class MessageTooLongException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The largest value a 24-bit length field holds. */
    public static final int MAX_LENGTH = 0xFFFFFF;

    MessageTooLongException(int commandCode) {
        super(
                "command "
                        + commandCode
                        + ": message longer than "
                        + MAX_LENGTH
                        + " octets cannot be encoded (RFC 6733 §3: Message Length is 24 bits)");
    }
}
