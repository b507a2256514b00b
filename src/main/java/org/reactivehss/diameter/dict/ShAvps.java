package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs of Sh/Dh (TS 29.329 §6.3 Table 6.3.1). Codes, types and flag rules follow the
 * specification table named above each block and were cross-checked against Wireshark's Diameter
 * dictionary; {@link Avps} is the lookup over every table.
 */
public final class ShAvps {
    private static final AvpTable TABLE = new AvpTable();

    // TS 29.329 §6.3 Table 6.3.1 (Sh/Dh); MSISDN 701 is also used by S6a (TS 29.272 §7.3.1)
    public static final AvpDef USER_IDENTITY =
            def(700, VENDOR_3GPP, "User-Identity", GROUPED, MUST);
    public static final AvpDef MSISDN = def(701, VENDOR_3GPP, "MSISDN", OCTET_STRING, MUST);
    public static final AvpDef SH_USER_DATA =
            def(702, VENDOR_3GPP, "Sh-User-Data", OCTET_STRING, MUST);
    public static final AvpDef DATA_REFERENCE =
            def(703, VENDOR_3GPP, "Data-Reference", ENUMERATED, MUST);
    public static final AvpDef SERVICE_INDICATION =
            def(704, VENDOR_3GPP, "Service-Indication", OCTET_STRING, MUST);
    public static final AvpDef SUBS_REQ_TYPE =
            def(705, VENDOR_3GPP, "Subs-Req-Type", ENUMERATED, MUST);
    public static final AvpDef REQUESTED_DOMAIN =
            def(706, VENDOR_3GPP, "Requested-Domain", ENUMERATED, MUST);
    public static final AvpDef CURRENT_LOCATION =
            def(707, VENDOR_3GPP, "Current-Location", ENUMERATED, MUST);
    public static final AvpDef IDENTITY_SET =
            def(708, VENDOR_3GPP, "Identity-Set", ENUMERATED, MUST);
    public static final AvpDef EXPIRY_TIME = def(709, VENDOR_3GPP, "Expiry-Time", TIME, MUST);
    public static final AvpDef SEND_DATA_INDICATION =
            def(710, VENDOR_3GPP, "Send-Data-Indication", ENUMERATED, MUST);
    public static final AvpDef DSAI_TAG = def(711, VENDOR_3GPP, "DSAI-Tag", OCTET_STRING, MUST);
    public static final AvpDef ONE_TIME_NOTIFICATION =
            def(712, VENDOR_3GPP, "One-Time-Notification", ENUMERATED, MUST);
    public static final AvpDef REQUESTED_NODES =
            def(713, VENDOR_3GPP, "Requested-Nodes", UNSIGNED32, MUST);
    public static final AvpDef SERVING_NODE_INDICATION =
            def(714, VENDOR_3GPP, "Serving-Node-Indication", ENUMERATED, MUST);
    public static final AvpDef REPOSITORY_DATA_ID =
            def(715, VENDOR_3GPP, "Repository-Data-ID", GROUPED, MUST);
    public static final AvpDef SEQUENCE_NUMBER =
            def(716, VENDOR_3GPP, "Sequence-Number", UNSIGNED32, MUST);
    public static final AvpDef PRE_PAGING_SUPPORTED =
            def(717, VENDOR_3GPP, "Pre-paging-Supported", ENUMERATED, MUST);
    public static final AvpDef LOCAL_TIME_ZONE_INDICATION =
            def(718, VENDOR_3GPP, "Local-Time-Zone-Indication", ENUMERATED, MUST);
    public static final AvpDef UDR_FLAGS = def(719, VENDOR_3GPP, "UDR-Flags", UNSIGNED32, MUST);

    private ShAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
