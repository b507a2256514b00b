package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * RFC 6733 §4.3.1 DiameterIdentity: the FQDN of a node (Origin-Host) or a realm (Origin-Realm), in
 * ASCII (internationalised names travel as A-labels, Appendix D). Checked where a peer names
 * itself, in CER and CEA, so that a name with CR/LF, spaces or other bytes no DNS name has never
 * becomes a peer-table key, a log line or the destination of an HSS-initiated request.
 *
 * <p>Valid: 1 to 255 octets, dot-separated labels of 1 to 63 letters, digits and hyphens (RFC 1035
 * §2.3.4, RFC 1123 §2.1). Identities compare case-insensitively (§5.6.4, DNS), which {@link #key}
 * gives.
 */
public final class DiameterIdentity {
    static final int MAX_LENGTH = 255;
    private static final int MAX_LABEL = 63;

    private DiameterIdentity() {}

    /**
     * The 5004 DIAMETER_INVALID_AVP_VALUE problem naming {@code avp} (RFC 6733 §7.5), or null when
     * it is valid.
     */
    public static DecodeProblem problem(Avp avp, AvpDef def) {
        if (avp == null || isValid(avp.frame(), avp.dataStart(), avp.dataLength())) {
            return null;
        }
        return DecodeProblem.of(
                ResultCodes.DIAMETER_INVALID_AVP_VALUE,
                avp.rawBytes(),
                def.name() + " is not a valid DiameterIdentity (RFC 6733 §4.3.1)");
    }

    public static boolean isValid(String identity) {
        byte[] ascii = new byte[identity.length()];
        for (int i = 0; i < ascii.length; i++) {
            char c = identity.charAt(i);
            if (c > 0x7f) {
                return false;
            }
            ascii[i] = (byte) c;
        }
        return isValid(ascii, 0, ascii.length);
    }

    /** The form identities are compared and looked up by: DNS names are case-insensitive. */
    public static String key(String identity) {
        return identity.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isValid(byte[] b, int start, int length) {
        if (length < 1 || length > MAX_LENGTH) {
            return false;
        }
        int label = 0;
        for (int i = start; i < start + length; i++) {
            int c = b[i] & 0xff;
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (!letterDigitHyphen(c) || ++label > MAX_LABEL) {
                return false;
            }
        }
        return label > 0;
    }

    private static boolean letterDigitHyphen(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }
}
