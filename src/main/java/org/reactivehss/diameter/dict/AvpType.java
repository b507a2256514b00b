package org.reactivehss.diameter.dict;

/**
 * Basic and derived AVP data formats of RFC 6733 §4.2 and §4.3, with the fixed payload size where
 * the format has one (used for DIAMETER_INVALID_AVP_LENGTH, RFC 6733 §7.1.5).
 */
public enum AvpType {
    OCTET_STRING(-1),
    INTEGER32(4),
    INTEGER64(8),
    UNSIGNED32(4),
    UNSIGNED64(8),
    FLOAT32(4),
    FLOAT64(8),
    GROUPED(-1),
    /** RFC 6733 §4.3.1: 2-octet address family followed by the address. */
    ADDRESS(-1),
    /** RFC 6733 §4.3.1: seconds since 1900-01-01 00:00 UTC (NTP epoch), 4 octets. */
    TIME(4),
    UTF8STRING(-1),
    DIAMETER_IDENTITY(-1),
    DIAMETER_URI(-1),
    /** RFC 6733 §4.3.1: derived from Integer32. */
    ENUMERATED(4);

    private final int fixedLength;

    AvpType(int fixedLength) {
        this.fixedLength = fixedLength;
    }

    /** Payload length every value of this type has, or -1 when the length varies. */
    public int fixedLength() {
        return fixedLength;
    }

    /**
     * Smallest valid payload, used to build the zero-filled example AVP that Failed-AVP carries
     * when an AVP is missing (RFC 6733 §7.5). An IPv4 Address is the smallest address.
     */
    public int minimumLength() {
        if (fixedLength >= 0) {
            return fixedLength;
        }
        return this == ADDRESS ? 6 : 0;
    }
}
