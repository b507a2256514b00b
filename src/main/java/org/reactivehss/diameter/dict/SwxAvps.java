package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs SWx adds to those it shares with Cx (SIP-Auth-Data-Item and its members, Server-Name
 * types) and S6a (RAT-Type, APN-Configuration, Context-Identifier, AMBR): TS 29.273 §8.2.3 Table
 * 8.2.3.1/1, 3GPP-AAA-Server-Name from TS 29.234 §10.1.33 as TS 29.273 §8.2.3 reuses it, and the
 * Subscription-Id of RFC 4006 §8.46 that Non-3GPP-User-Data carries. Codes and types were
 * cross-checked against Wireshark's dictionary (dictionary.xml, TGPP.xml); where it lists the M bit
 * of 1501/1502 as must-not, the specification's table (M) is followed (docs/swx.md).
 */
public final class SwxAvps {
    private static final AvpTable TABLE = new AvpTable();

    // TS 29.273 §8.2.3 Table 8.2.3.1/1
    public static final AvpDef NON_3GPP_USER_DATA =
            def(1500, VENDOR_3GPP, "Non-3GPP-User-Data", GROUPED, MUST);
    public static final AvpDef NON_3GPP_IP_ACCESS =
            def(1501, VENDOR_3GPP, "Non-3GPP-IP-Access", ENUMERATED, MUST);
    public static final AvpDef NON_3GPP_IP_ACCESS_APN =
            def(1502, VENDOR_3GPP, "Non-3GPP-IP-Access-APN", ENUMERATED, MUST);
    public static final AvpDef AN_TRUSTED = def(1503, VENDOR_3GPP, "AN-Trusted", ENUMERATED, MUST);
    public static final AvpDef ANID = def(1504, VENDOR_3GPP, "ANID", UTF8STRING, MUST);
    public static final AvpDef AAA_FAILURE_INDICATION =
            def(1518, VENDOR_3GPP, "AAA-Failure-Indication", UNSIGNED32, MUST_NOT);
    // TS 29.234 §10.1.33, reused by TS 29.273 §8.2.3.x
    public static final AvpDef TGPP_AAA_SERVER_NAME =
            def(318, VENDOR_3GPP, "3GPP-AAA-Server-Name", DIAMETER_IDENTITY, MUST);
    // RFC 4006 §8.46 - §8.48
    public static final AvpDef SUBSCRIPTION_ID = def(443, 0, "Subscription-Id", GROUPED, MUST);
    public static final AvpDef SUBSCRIPTION_ID_DATA =
            def(444, 0, "Subscription-Id-Data", UTF8STRING, MUST);
    public static final AvpDef SUBSCRIPTION_ID_TYPE =
            def(450, 0, "Subscription-Id-Type", ENUMERATED, MUST);

    private SwxAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
