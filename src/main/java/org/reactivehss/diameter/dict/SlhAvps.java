package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs of SLh (TS 29.173 §6.4.1 Table 6.4.1/1). Codes, types and flag rules follow the
 * specification table named above each block and were cross-checked against Wireshark's Diameter
 * dictionary; {@link Avps} is the lookup over every table.
 */
public final class SlhAvps {
    private static final AvpTable TABLE = new AvpTable();

    // TS 29.173 §6.4.1 Table 6.4.1/1 (SLh): codes 2400-2411 (2412-2499 are reserved for it), all
    // M and V. Wireshark's dictionary.xml names 2407 "PSR-Address"; the specification's name is
    // PPR-Address (Privacy Profile Register). SLh also uses User-Name, MSISDN 701, GMLC-Number 1474
    // and SGSN-Number 1489 (above); 3GPP-AAA-Server-Name 318 (TS 29.273) is not listed: the HSS
    // does not send it.
    public static final AvpDef LMSI = def(2400, VENDOR_3GPP, "LMSI", OCTET_STRING, MUST);
    public static final AvpDef SERVING_NODE = def(2401, VENDOR_3GPP, "Serving-Node", GROUPED, MUST);
    public static final AvpDef MME_NAME =
            def(2402, VENDOR_3GPP, "MME-Name", DIAMETER_IDENTITY, MUST);
    public static final AvpDef MSC_NUMBER =
            def(2403, VENDOR_3GPP, "MSC-Number", OCTET_STRING, MUST);
    public static final AvpDef LCS_CAPABILITIES_SETS =
            def(2404, VENDOR_3GPP, "LCS-Capabilities-Sets", UNSIGNED32, MUST);
    public static final AvpDef GMLC_ADDRESS = def(2405, VENDOR_3GPP, "GMLC-Address", ADDRESS, MUST);
    public static final AvpDef ADDITIONAL_SERVING_NODE =
            def(2406, VENDOR_3GPP, "Additional-Serving-Node", GROUPED, MUST);
    public static final AvpDef PPR_ADDRESS = def(2407, VENDOR_3GPP, "PPR-Address", ADDRESS, MUST);
    public static final AvpDef MME_REALM =
            def(2408, VENDOR_3GPP, "MME-Realm", DIAMETER_IDENTITY, MUST);
    public static final AvpDef SGSN_NAME =
            def(2409, VENDOR_3GPP, "SGSN-Name", DIAMETER_IDENTITY, MUST);
    public static final AvpDef SGSN_REALM =
            def(2410, VENDOR_3GPP, "SGSN-Realm", DIAMETER_IDENTITY, MUST);
    public static final AvpDef RIA_FLAGS = def(2411, VENDOR_3GPP, "RIA-Flags", UNSIGNED32, MUST);

    private SlhAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
