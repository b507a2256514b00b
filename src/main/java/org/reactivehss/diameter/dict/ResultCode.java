package org.reactivehss.diameter.dict;

/**
 * A Result-Code (RFC 6733 §7.1) or, when {@code vendorId} is not 0, an Experimental-Result-Code of
 * that vendor's application (sent inside Experimental-Result, RFC 6733 §7.6). The same number means
 * different things in the two spaces: base 5001 is AVP_UNSUPPORTED, 3GPP 5001 is USER_UNKNOWN.
 */
public record ResultCode(int code, String name, long vendorId, int applicationId) {

    public boolean isExperimental() {
        return vendorId != 0;
    }

    /** RFC 6733 §7.1.3: protocol errors, answered with the E bit set. */
    public boolean isProtocolError() {
        return !isExperimental() && isProtocolErrorCode(code);
    }

    public static boolean isProtocolErrorCode(long code) {
        return code >= 3000 && code < 4000;
    }

    @Override
    public String toString() {
        return name + "(" + code + ")";
    }
}
