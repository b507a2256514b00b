package org.reactivehss.diameter.codec;

/** Big-endian ("network order", RFC 6733 §3) reads and writes on byte arrays. */
final class Bytes {
    private Bytes() {}

    static int uint8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    static int uint24(byte[] b, int at) {
        return (b[at] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff);
    }

    static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24
                | (b[at + 1] & 0xff) << 16
                | (b[at + 2] & 0xff) << 8
                | (b[at + 3] & 0xff);
    }

    static long int64(byte[] b, int at) {
        return (long) int32(b, at) << 32 | (int32(b, at + 4) & 0xffffffffL);
    }

    /** A 24-bit length (RFC 6733 §3, §4.1); a value that does not fit is a bug, never wrapped. */
    static void putInt24(byte[] b, int at, int value) {
        if (value < 0 || value > MessageTooLongException.MAX_LENGTH) {
            throw new IllegalArgumentException("24-bit field cannot hold " + value);
        }
        b[at] = (byte) (value >>> 16);
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) value;
    }

    static void putInt32(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    static void putInt64(byte[] b, int at, long value) {
        putInt32(b, at, (int) (value >>> 32));
        putInt32(b, at + 4, (int) value);
    }

    /** RFC 6733 §4.1: AVP data is padded to a 32-bit boundary. */
    static int padded(int length) {
        return (length + 3) & ~3;
    }
}
