package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs of S6a/S6d and S13 (TS 29.272 §7.3.1 Table 7.3.1-1), with those S6a imports from TS
 * 29.212, TS 29.214, TS 29.061 and the IETF. Codes, types and flag rules follow the specification
 * table named above each block and were cross-checked against Wireshark's Diameter dictionary;
 * {@link Avps} is the lookup over every table.
 */
public final class S6aAvps {
    private static final AvpTable TABLE = new AvpTable();

    // TS 29.272 §7.3.1 Table 7.3.1-1 (S6a/S6d), including AVPs it imports from TS 29.212, TS
    // 29.214, TS 29.061
    public static final AvpDef SUBSCRIPTION_DATA =
            def(1400, VENDOR_3GPP, "Subscription-Data", GROUPED, MUST);
    public static final AvpDef TERMINAL_INFORMATION =
            def(1401, VENDOR_3GPP, "Terminal-Information", GROUPED, MUST);
    public static final AvpDef IMEI = def(1402, VENDOR_3GPP, "IMEI", UTF8STRING, MUST);
    public static final AvpDef SOFTWARE_VERSION =
            def(1403, VENDOR_3GPP, "Software-Version", UTF8STRING, MUST);
    public static final AvpDef QOS_SUBSCRIBED =
            def(1404, VENDOR_3GPP, "QoS-Subscribed", OCTET_STRING, MUST);
    public static final AvpDef ULR_FLAGS = def(1405, VENDOR_3GPP, "ULR-Flags", UNSIGNED32, MUST);
    public static final AvpDef ULA_FLAGS = def(1406, VENDOR_3GPP, "ULA-Flags", UNSIGNED32, MUST);
    public static final AvpDef VISITED_PLMN_ID =
            def(1407, VENDOR_3GPP, "Visited-PLMN-Id", OCTET_STRING, MUST);
    public static final AvpDef REQUESTED_EUTRAN_AUTHENTICATION_INFO =
            def(1408, VENDOR_3GPP, "Requested-EUTRAN-Authentication-Info", GROUPED, MUST);
    public static final AvpDef REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO =
            def(1409, VENDOR_3GPP, "Requested-UTRAN-GERAN-Authentication-Info", GROUPED, MUST);
    public static final AvpDef NUMBER_OF_REQUESTED_VECTORS =
            def(1410, VENDOR_3GPP, "Number-Of-Requested-Vectors", UNSIGNED32, MUST);
    public static final AvpDef RE_SYNCHRONIZATION_INFO =
            def(1411, VENDOR_3GPP, "Re-Synchronization-Info", OCTET_STRING, MUST);
    public static final AvpDef IMMEDIATE_RESPONSE_PREFERRED =
            def(1412, VENDOR_3GPP, "Immediate-Response-Preferred", UNSIGNED32, MUST);
    public static final AvpDef AUTHENTICATION_INFO =
            def(1413, VENDOR_3GPP, "Authentication-Info", GROUPED, MUST);
    public static final AvpDef E_UTRAN_VECTOR =
            def(1414, VENDOR_3GPP, "E-UTRAN-Vector", GROUPED, MUST);
    public static final AvpDef UTRAN_VECTOR = def(1415, VENDOR_3GPP, "UTRAN-Vector", GROUPED, MUST);
    public static final AvpDef GERAN_VECTOR = def(1416, VENDOR_3GPP, "GERAN-Vector", GROUPED, MUST);
    public static final AvpDef NETWORK_ACCESS_MODE =
            def(1417, VENDOR_3GPP, "Network-Access-Mode", ENUMERATED, MUST);
    public static final AvpDef HPLMN_ODB = def(1418, VENDOR_3GPP, "HPLMN-ODB", UNSIGNED32, MUST);
    public static final AvpDef ITEM_NUMBER =
            def(1419, VENDOR_3GPP, "Item-Number", UNSIGNED32, MUST);
    public static final AvpDef CANCELLATION_TYPE =
            def(1420, VENDOR_3GPP, "Cancellation-Type", ENUMERATED, MUST);
    public static final AvpDef DSR_FLAGS = def(1421, VENDOR_3GPP, "DSR-Flags", UNSIGNED32, MUST);
    public static final AvpDef DSA_FLAGS = def(1422, VENDOR_3GPP, "DSA-Flags", UNSIGNED32, MUST);
    public static final AvpDef CONTEXT_IDENTIFIER =
            def(1423, VENDOR_3GPP, "Context-Identifier", UNSIGNED32, MUST);
    public static final AvpDef SUBSCRIBER_STATUS =
            def(1424, VENDOR_3GPP, "Subscriber-Status", ENUMERATED, MUST);
    public static final AvpDef OPERATOR_DETERMINED_BARRING =
            def(1425, VENDOR_3GPP, "Operator-Determined-Barring", UNSIGNED32, MUST);
    public static final AvpDef ACCESS_RESTRICTION_DATA =
            def(1426, VENDOR_3GPP, "Access-Restriction-Data", UNSIGNED32, MUST);
    public static final AvpDef APN_OI_REPLACEMENT =
            def(1427, VENDOR_3GPP, "APN-OI-Replacement", UTF8STRING, MUST);
    public static final AvpDef ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR =
            def(1428, VENDOR_3GPP, "All-APN-Configurations-Included-Indicator", ENUMERATED, MUST);
    public static final AvpDef APN_CONFIGURATION_PROFILE =
            def(1429, VENDOR_3GPP, "APN-Configuration-Profile", GROUPED, MUST);
    public static final AvpDef APN_CONFIGURATION =
            def(1430, VENDOR_3GPP, "APN-Configuration", GROUPED, MUST);
    public static final AvpDef EPS_SUBSCRIBED_QOS_PROFILE =
            def(1431, VENDOR_3GPP, "EPS-Subscribed-QoS-Profile", GROUPED, MUST);
    public static final AvpDef VPLMN_DYNAMIC_ADDRESS_ALLOWED =
            def(1432, VENDOR_3GPP, "VPLMN-Dynamic-Address-Allowed", ENUMERATED, MUST);
    public static final AvpDef STN_SR = def(1433, VENDOR_3GPP, "STN-SR", OCTET_STRING, MUST);
    public static final AvpDef ALERT_REASON =
            def(1434, VENDOR_3GPP, "Alert-Reason", ENUMERATED, MUST);
    public static final AvpDef AMBR = def(1435, VENDOR_3GPP, "AMBR", GROUPED, MUST);
    public static final AvpDef CSG_SUBSCRIPTION_DATA =
            def(1436, VENDOR_3GPP, "CSG-Subscription-Data", GROUPED, MUST);
    public static final AvpDef CSG_ID = def(1437, VENDOR_3GPP, "CSG-Id", UNSIGNED32, MUST);
    public static final AvpDef PDN_GW_ALLOCATION_TYPE =
            def(1438, VENDOR_3GPP, "PDN-GW-Allocation-Type", ENUMERATED, MUST);
    public static final AvpDef EXPIRATION_DATE =
            def(1439, VENDOR_3GPP, "Expiration-Date", TIME, MUST);
    public static final AvpDef RAT_FREQUENCY_SELECTION_PRIORITY_ID =
            def(1440, VENDOR_3GPP, "RAT-Frequency-Selection-Priority-ID", UNSIGNED32, MUST);
    public static final AvpDef IDA_FLAGS = def(1441, VENDOR_3GPP, "IDA-Flags", UNSIGNED32, MUST);
    public static final AvpDef PUA_FLAGS = def(1442, VENDOR_3GPP, "PUA-Flags", UNSIGNED32, MUST);
    public static final AvpDef NOR_FLAGS = def(1443, VENDOR_3GPP, "NOR-Flags", UNSIGNED32, MUST);
    public static final AvpDef USER_ID = def(1444, VENDOR_3GPP, "User-Id", UTF8STRING, MUST_NOT);
    public static final AvpDef EQUIPMENT_STATUS =
            def(1445, VENDOR_3GPP, "Equipment-Status", ENUMERATED, MUST);
    public static final AvpDef REGIONAL_SUBSCRIPTION_ZONE_CODE =
            def(1446, VENDOR_3GPP, "Regional-Subscription-Zone-Code", OCTET_STRING, MUST);
    public static final AvpDef RAND = def(1447, VENDOR_3GPP, "RAND", OCTET_STRING, MUST);
    public static final AvpDef XRES = def(1448, VENDOR_3GPP, "XRES", OCTET_STRING, MUST);
    public static final AvpDef AUTN = def(1449, VENDOR_3GPP, "AUTN", OCTET_STRING, MUST);
    public static final AvpDef KASME = def(1450, VENDOR_3GPP, "KASME", OCTET_STRING, MUST);
    public static final AvpDef TRACE_COLLECTION_ENTITY =
            def(1452, VENDOR_3GPP, "Trace-Collection-Entity", ADDRESS, MUST);
    public static final AvpDef KC = def(1453, VENDOR_3GPP, "Kc", OCTET_STRING, MUST);
    public static final AvpDef SRES = def(1454, VENDOR_3GPP, "SRES", OCTET_STRING, MUST);
    public static final AvpDef PDN_TYPE = def(1456, VENDOR_3GPP, "PDN-Type", ENUMERATED, MUST);
    public static final AvpDef ROAMING_RESTRICTED_DUE_TO_UNSUPPORTED_FEATURE =
            def(
                    1457,
                    VENDOR_3GPP,
                    "Roaming-Restricted-Due-To-Unsupported-Feature",
                    ENUMERATED,
                    MUST);
    public static final AvpDef TRACE_DATA = def(1458, VENDOR_3GPP, "Trace-Data", GROUPED, MUST);
    public static final AvpDef TRACE_REFERENCE =
            def(1459, VENDOR_3GPP, "Trace-Reference", OCTET_STRING, MUST);
    public static final AvpDef TRACE_DEPTH =
            def(1462, VENDOR_3GPP, "Trace-Depth", ENUMERATED, MUST);
    public static final AvpDef GPRS_SUBSCRIPTION_DATA =
            def(1467, VENDOR_3GPP, "GPRS-Subscription-Data", GROUPED, MUST);
    public static final AvpDef COMPLETE_DATA_LIST_INCLUDED_INDICATOR =
            def(1468, VENDOR_3GPP, "Complete-Data-List-Included-Indicator", ENUMERATED, MUST);
    public static final AvpDef PDP_CONTEXT = def(1469, VENDOR_3GPP, "PDP-Context", GROUPED, MUST);
    public static final AvpDef PDP_TYPE = def(1470, VENDOR_3GPP, "PDP-Type", OCTET_STRING, MUST);
    public static final AvpDef GMLC_NUMBER =
            def(1474, VENDOR_3GPP, "GMLC-Number", OCTET_STRING, MUST);
    public static final AvpDef SGSN_NUMBER =
            def(1489, VENDOR_3GPP, "SGSN-Number", OCTET_STRING, MUST);
    public static final AvpDef IDR_FLAGS = def(1490, VENDOR_3GPP, "IDR-Flags", UNSIGNED32, MUST);
    public static final AvpDef ICS_INDICATOR =
            def(1491, VENDOR_3GPP, "ICS-Indicator", ENUMERATED, MUST_NOT);
    public static final AvpDef IMS_VOICE_OVER_PS_SESSIONS_SUPPORTED =
            def(1492, VENDOR_3GPP, "IMS-Voice-Over-PS-Sessions-Supported", ENUMERATED, MUST_NOT);
    public static final AvpDef HOMOGENEOUS_SUPPORT_OF_IMS_VOICE_OVER_PS_SESSIONS =
            def(
                    1493,
                    VENDOR_3GPP,
                    "Homogeneous-Support-of-IMS-Voice-Over-PS-Sessions",
                    ENUMERATED,
                    MUST_NOT);
    public static final AvpDef LAST_UE_ACTIVITY_TIME =
            def(1494, VENDOR_3GPP, "Last-UE-Activity-Time", TIME, MUST_NOT);
    // TS 29.272 §7.3.110 - §7.3.124: what an IDA reports on an HSS request for user state and
    // location (IDR-Flags bits 2 - 4); codes, types and the cleared M bit as in Wireshark's
    // dictionary
    public static final AvpDef EPS_USER_STATE =
            def(1495, VENDOR_3GPP, "EPS-User-State", GROUPED, MUST_NOT);
    public static final AvpDef EPS_LOCATION_INFORMATION =
            def(1496, VENDOR_3GPP, "EPS-Location-Information", GROUPED, MUST_NOT);
    public static final AvpDef MME_USER_STATE =
            def(1497, VENDOR_3GPP, "MME-User-State", GROUPED, MUST_NOT);
    public static final AvpDef USER_STATE =
            def(1499, VENDOR_3GPP, "User-State", ENUMERATED, MUST_NOT);
    public static final AvpDef MME_LOCATION_INFORMATION =
            def(1600, VENDOR_3GPP, "MME-Location-Information", GROUPED, MUST_NOT);
    public static final AvpDef E_UTRAN_CELL_GLOBAL_IDENTITY =
            def(1602, VENDOR_3GPP, "E-UTRAN-Cell-Global-Identity", OCTET_STRING, MUST_NOT);
    public static final AvpDef TRACKING_AREA_IDENTITY =
            def(1603, VENDOR_3GPP, "Tracking-Area-Identity", OCTET_STRING, MUST_NOT);
    public static final AvpDef GEOGRAPHICAL_INFORMATION =
            def(1608, VENDOR_3GPP, "Geographical-Information", OCTET_STRING, MUST_NOT);
    public static final AvpDef GEODETIC_INFORMATION =
            def(1609, VENDOR_3GPP, "Geodetic-Information", OCTET_STRING, MUST_NOT);
    public static final AvpDef CURRENT_LOCATION_RETRIEVED =
            def(1610, VENDOR_3GPP, "Current-Location-Retrieved", ENUMERATED, MUST_NOT);
    public static final AvpDef AGE_OF_LOCATION_INFORMATION =
            def(1611, VENDOR_3GPP, "Age-Of-Location-Information", UNSIGNED32, MUST_NOT);
    public static final AvpDef ERROR_DIAGNOSTIC =
            def(1614, VENDOR_3GPP, "Error-Diagnostic", ENUMERATED, MUST_NOT);
    public static final AvpDef UE_SRVCC_CAPABILITY =
            def(1615, VENDOR_3GPP, "UE-SRVCC-Capability", ENUMERATED, MUST_NOT);
    public static final AvpDef MPS_PRIORITY =
            def(1616, VENDOR_3GPP, "MPS-Priority", UNSIGNED32, MUST_NOT);
    public static final AvpDef CLR_FLAGS =
            def(1638, VENDOR_3GPP, "CLR-Flags", UNSIGNED32, MUST_NOT);
    public static final AvpDef SUBSCRIPTION_DATA_FLAGS =
            def(1654, VENDOR_3GPP, "Subscription-Data-Flags", UNSIGNED32, MUST_NOT);
    public static final AvpDef RAT_TYPE = def(1032, VENDOR_3GPP, "RAT-Type", ENUMERATED, MUST_NOT);
    public static final AvpDef QOS_CLASS_IDENTIFIER =
            def(1028, VENDOR_3GPP, "QoS-Class-Identifier", ENUMERATED, MUST);
    public static final AvpDef ALLOCATION_RETENTION_PRIORITY =
            def(1034, VENDOR_3GPP, "Allocation-Retention-Priority", GROUPED, MUST);
    public static final AvpDef PRIORITY_LEVEL =
            def(1046, VENDOR_3GPP, "Priority-Level", UNSIGNED32, MUST);
    public static final AvpDef PRE_EMPTION_CAPABILITY =
            def(1047, VENDOR_3GPP, "Pre-emption-Capability", ENUMERATED, MUST);
    public static final AvpDef PRE_EMPTION_VULNERABILITY =
            def(1048, VENDOR_3GPP, "Pre-emption-Vulnerability", ENUMERATED, MUST);
    public static final AvpDef MAX_REQUESTED_BANDWIDTH_DL =
            def(515, VENDOR_3GPP, "Max-Requested-Bandwidth-DL", UNSIGNED32, MUST);
    public static final AvpDef MAX_REQUESTED_BANDWIDTH_UL =
            def(516, VENDOR_3GPP, "Max-Requested-Bandwidth-UL", UNSIGNED32, MUST);
    public static final AvpDef SERVED_PARTY_IP_ADDRESS =
            def(848, VENDOR_3GPP, "Served-Party-IP-Address", ADDRESS, MUST);
    public static final AvpDef TGPP_CHARGING_CHARACTERISTICS =
            def(13, VENDOR_3GPP, "3GPP-Charging-Characteristics", UTF8STRING, MUST);

    // S6a AVPs imported from IETF: Service-Selection (RFC 5778 §6.2), MIP6-Agent-Info (RFC 5447
    // §4.2.1)
    public static final AvpDef SERVICE_SELECTION =
            def(493, 0, "Service-Selection", UTF8STRING, MUST);
    public static final AvpDef MIP6_AGENT_INFO = def(486, 0, "MIP6-Agent-Info", GROUPED, MUST);

    private S6aAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
