package org.reactivehss.diameter.codec;

import org.reactivehss.diameter.dict.AvpType;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Whether an AVP's data fits its type; each failure is the DecodeProblem RFC 6733 §7.1.5 asks for.
 */
final class AvpChecks {
    /** IANA address family numbers used by RFC 6733 §4.3.1 Address. */
    private static final int FAMILY_IPV4 = 1;

    private static final int FAMILY_IPV6 = 2;

    private AvpChecks() {}

    static DecodeProblem problemAs(Avp avp, AvpType type) {
        int fixed = type.fixedLength();
        if (fixed >= 0 && avp.dataLength() != fixed) {
            return invalidLength(avp, fixed);
        }
        if (type == AvpType.ADDRESS) {
            return address(avp);
        }
        if (type == AvpType.UTF8STRING
                && !Utf8.isWellFormed(avp.frame(), avp.dataStart(), avp.dataLength())) {
            return invalidValue(avp, "UTF8String is not well-formed UTF-8");
        }
        if (type == AvpType.GROUPED) {
            int end = avp.start() + avp.length();
            int broken = AvpChain.firstBreak(avp.frame(), avp.dataStart(), end);
            if (broken >= 0) {
                // RFC 6733 §7.5: for an AVP inside a Grouped AVP, Failed-AVP names the Grouped AVP.
                return DecodeProblem.of(
                        ResultCodes.DIAMETER_INVALID_AVP_LENGTH,
                        avp.rawBytes(),
                        "AVP inside grouped AVP " + avp.code() + " overruns it");
            }
        }
        return null;
    }

    static DecodeProblem address(Avp avp) {
        if (avp.dataLength() < 2) {
            return invalidLength(avp, 6);
        }
        int family =
                (avp.frame()[avp.dataStart()] & 0xff) << 8
                        | (avp.frame()[avp.dataStart() + 1] & 0xff);
        int addressLength = avp.dataLength() - 2;
        if (family == FAMILY_IPV4 && addressLength == 4
                || family == FAMILY_IPV6 && addressLength == 16) {
            return null;
        }
        if (family == FAMILY_IPV4 || family == FAMILY_IPV6) {
            return invalidLength(avp, family == FAMILY_IPV4 ? 6 : 18);
        }
        return invalidValue(avp, "address family " + family + " is not IPv4 or IPv6");
    }

    static DecodeProblem invalidLength(Avp avp, int expected) {
        return DecodeProblem.of(
                ResultCodes.DIAMETER_INVALID_AVP_LENGTH,
                avp.rawBytes(),
                "AVP "
                        + avp.code()
                        + " has "
                        + avp.dataLength()
                        + " data octets, its type needs "
                        + expected);
    }

    static DecodeProblem invalidValue(Avp avp, String why) {
        return DecodeProblem.of(
                ResultCodes.DIAMETER_INVALID_AVP_VALUE,
                avp.rawBytes(),
                "AVP " + avp.code() + ": " + why);
    }
}
