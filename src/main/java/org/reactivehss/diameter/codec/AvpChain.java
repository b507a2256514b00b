package org.reactivehss.diameter.codec;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.Avps;

/**
 * Walks a run of AVPs (a message body or a Grouped payload, RFC 6733 §4.4) without trusting any
 * length from the wire: every AVP is bounded by the run before it is read.
 */
final class AvpChain {
    static final int HEADER = 8;
    static final int VENDOR_HEADER = 12;

    private AvpChain() {}

    /**
     * Length of the AVP at {@code pos} when its header and data lie before {@code end}, else -1.
     */
    static int lengthAt(byte[] b, int pos, int end) {
        if (end - pos < HEADER) {
            return -1;
        }
        int length = Bytes.uint24(b, pos + 5);
        int minimum = (b[pos + 4] & Avp.FLAG_VENDOR) != 0 ? VENDOR_HEADER : HEADER;
        return length < minimum || length > end - pos ? -1 : length;
    }

    /** Offset of the first AVP in [from, end) that does not fit, or -1 when all of them fit. */
    static int firstBreak(byte[] b, int from, int end) {
        int pos = from;
        while (pos < end) {
            int length = lengthAt(b, pos, end);
            if (length < 0) {
                return pos;
            }
            pos += Bytes.padded(length);
        }
        return -1;
    }

    /** The AVPs of [from, end) up to the first that does not fit. */
    static List<Avp> list(byte[] b, int from, int end) {
        List<Avp> avps = new ArrayList<>(8);
        int pos = from;
        while (pos < end) {
            int length = lengthAt(b, pos, end);
            if (length < 0) {
                break;
            }
            avps.add(new Avp(b, pos, length));
            pos += Bytes.padded(length);
        }
        return List.copyOf(avps);
    }

    /**
     * The first AVP of [from, end) that matches {@code def}, or null. Allocates only the result.
     */
    static Avp first(byte[] b, int from, int end, AvpDef def) {
        int pos = from;
        while (pos < end) {
            int length = lengthAt(b, pos, end);
            if (length < 0) {
                return null;
            }
            if (matches(b, pos, def)) {
                return new Avp(b, pos, length);
            }
            pos += Bytes.padded(length);
        }
        return null;
    }

    static List<Avp> all(byte[] b, int from, int end, AvpDef def) {
        List<Avp> found = new ArrayList<>(2);
        int pos = from;
        while (pos < end) {
            int length = lengthAt(b, pos, end);
            if (length < 0) {
                break;
            }
            if (matches(b, pos, def)) {
                found.add(new Avp(b, pos, length));
            }
            pos += Bytes.padded(length);
        }
        return found;
    }

    private static boolean matches(byte[] b, int pos, AvpDef def) {
        if (Bytes.int32(b, pos) != def.code()) {
            return false;
        }
        boolean vendorBit = (b[pos + 4] & Avp.FLAG_VENDOR) != 0;
        return vendorBit
                ? (Bytes.int32(b, pos + 8) & 0xffffffffL) == def.vendorId()
                : def.vendorId() == 0;
    }

    /**
     * Failed-AVP content for an AVP whose length cannot be right (RFC 6733 §7.1.5, 5014): its
     * header as far as it can be read, with a zero-filled payload of the minimum length of its
     * type.
     */
    static byte[] truncatedExample(byte[] b, int pos, int end) {
        int available = end - pos;
        int code = available >= 4 ? Bytes.int32(b, pos) : 0;
        int flags = available >= 5 ? b[pos + 4] & 0xff : 0;
        boolean vendor = (flags & Avp.FLAG_VENDOR) != 0 && available >= VENDOR_HEADER;
        long vendorId = vendor ? Bytes.int32(b, pos + 8) & 0xffffffffL : 0;
        AvpDef def = Avps.byCode(code, vendorId);
        int payload = def == null ? 0 : def.type().minimumLength();
        return example(code, vendor ? flags : flags & ~Avp.FLAG_VENDOR, vendorId, payload);
    }

    /** A whole AVP with the given header and {@code payload} zero octets (RFC 6733 §7.5). */
    static byte[] example(int code, int flags, long vendorId, int payload) {
        int header = (flags & Avp.FLAG_VENDOR) != 0 ? VENDOR_HEADER : HEADER;
        byte[] avp = new byte[Bytes.padded(header + payload)];
        Bytes.putInt32(avp, 0, code);
        avp[4] = (byte) flags;
        Bytes.putInt24(avp, 5, header + payload);
        if (header == VENDOR_HEADER) {
            Bytes.putInt32(avp, 8, (int) vendorId);
        }
        return avp;
    }

    static byte[] example(AvpDef def) {
        int flags =
                (def.isVendorSpecific() ? Avp.FLAG_VENDOR : 0)
                        | (def.mandatoryWhenSent() ? Avp.FLAG_MANDATORY : 0);
        return example(def.code(), flags, def.vendorId(), def.type().minimumLength());
    }
}
