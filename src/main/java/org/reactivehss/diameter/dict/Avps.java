package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AVP dictionary: code, vendor, name, data type and M-bit rule of every AVP the HSS reads or
 * writes. Codes, types and flag rules follow the specification table named above each block; each
 * was cross-checked against Wireshark's Diameter dictionary (diameter/dictionary.xml, TGPP.xml).
 * Unlisted AVPs are "unknown": passed through if their M bit is clear, 5001 otherwise (RFC 6733
 * §4.1).
 */
public final class Avps {
    private static final List<AvpDef> ALL = new ArrayList<>();
    private static final Map<Long, AvpDef> BY_KEY = new HashMap<>();

    // RFC 6733 §4.5 (base protocol AVPs) and §8/§9 session and accounting AVPs
    public static final AvpDef USER_NAME = def(1, 0, "User-Name", UTF8STRING, MUST);
    public static final AvpDef CLASS = def(25, 0, "Class", OCTET_STRING, MUST);
    public static final AvpDef SESSION_TIMEOUT = def(27, 0, "Session-Timeout", UNSIGNED32, MUST);
    public static final AvpDef PROXY_STATE = def(33, 0, "Proxy-State", OCTET_STRING, MUST);
    public static final AvpDef ACCT_SESSION_ID = def(44, 0, "Acct-Session-Id", OCTET_STRING, MUST);
    public static final AvpDef ACCT_MULTI_SESSION_ID =
            def(50, 0, "Acct-Multi-Session-Id", UTF8STRING, MUST);
    public static final AvpDef EVENT_TIMESTAMP = def(55, 0, "Event-Timestamp", TIME, MUST);
    public static final AvpDef ACCT_INTERIM_INTERVAL =
            def(85, 0, "Acct-Interim-Interval", UNSIGNED32, MUST);
    public static final AvpDef HOST_IP_ADDRESS = def(257, 0, "Host-IP-Address", ADDRESS, MUST);
    public static final AvpDef AUTH_APPLICATION_ID =
            def(258, 0, "Auth-Application-Id", UNSIGNED32, MUST);
    public static final AvpDef ACCT_APPLICATION_ID =
            def(259, 0, "Acct-Application-Id", UNSIGNED32, MUST);
    public static final AvpDef VENDOR_SPECIFIC_APPLICATION_ID =
            def(260, 0, "Vendor-Specific-Application-Id", GROUPED, MUST);
    public static final AvpDef REDIRECT_HOST_USAGE =
            def(261, 0, "Redirect-Host-Usage", ENUMERATED, MUST);
    public static final AvpDef REDIRECT_MAX_CACHE_TIME =
            def(262, 0, "Redirect-Max-Cache-Time", UNSIGNED32, MUST);
    public static final AvpDef SESSION_ID = def(263, 0, "Session-Id", UTF8STRING, MUST);
    public static final AvpDef ORIGIN_HOST = def(264, 0, "Origin-Host", DIAMETER_IDENTITY, MUST);
    public static final AvpDef SUPPORTED_VENDOR_ID =
            def(265, 0, "Supported-Vendor-Id", UNSIGNED32, MUST);
    public static final AvpDef VENDOR_ID = def(266, 0, "Vendor-Id", UNSIGNED32, MUST);
    public static final AvpDef FIRMWARE_REVISION =
            def(267, 0, "Firmware-Revision", UNSIGNED32, MUST_NOT);
    public static final AvpDef RESULT_CODE = def(268, 0, "Result-Code", ENUMERATED, MUST);
    public static final AvpDef PRODUCT_NAME = def(269, 0, "Product-Name", UTF8STRING, MUST_NOT);
    public static final AvpDef SESSION_BINDING = def(270, 0, "Session-Binding", ENUMERATED, MUST);
    public static final AvpDef SESSION_SERVER_FAILOVER =
            def(271, 0, "Session-Server-Failover", ENUMERATED, MUST);
    public static final AvpDef MULTI_ROUND_TIME_OUT =
            def(272, 0, "Multi-Round-Time-Out", UNSIGNED32, MUST);
    public static final AvpDef DISCONNECT_CAUSE = def(273, 0, "Disconnect-Cause", ENUMERATED, MUST);
    public static final AvpDef AUTH_REQUEST_TYPE =
            def(274, 0, "Auth-Request-Type", ENUMERATED, MUST);
    public static final AvpDef AUTH_GRACE_PERIOD =
            def(276, 0, "Auth-Grace-Period", UNSIGNED32, MUST);
    public static final AvpDef AUTH_SESSION_STATE =
            def(277, 0, "Auth-Session-State", ENUMERATED, MUST);
    public static final AvpDef ORIGIN_STATE_ID = def(278, 0, "Origin-State-Id", UNSIGNED32, MUST);
    public static final AvpDef FAILED_AVP = def(279, 0, "Failed-AVP", GROUPED, MUST);
    public static final AvpDef PROXY_HOST = def(280, 0, "Proxy-Host", DIAMETER_IDENTITY, MUST);
    public static final AvpDef ERROR_MESSAGE = def(281, 0, "Error-Message", UTF8STRING, MUST_NOT);
    public static final AvpDef ROUTE_RECORD = def(282, 0, "Route-Record", DIAMETER_IDENTITY, MUST);
    public static final AvpDef DESTINATION_REALM =
            def(283, 0, "Destination-Realm", DIAMETER_IDENTITY, MUST);
    public static final AvpDef PROXY_INFO = def(284, 0, "Proxy-Info", GROUPED, MUST);
    public static final AvpDef RE_AUTH_REQUEST_TYPE =
            def(285, 0, "Re-Auth-Request-Type", ENUMERATED, MUST);
    public static final AvpDef ACCOUNTING_SUB_SESSION_ID =
            def(287, 0, "Accounting-Sub-Session-Id", UNSIGNED64, MUST);
    public static final AvpDef AUTHORIZATION_LIFETIME =
            def(291, 0, "Authorization-Lifetime", INTEGER32, MUST);
    public static final AvpDef REDIRECT_HOST = def(292, 0, "Redirect-Host", DIAMETER_URI, MUST);
    public static final AvpDef DESTINATION_HOST =
            def(293, 0, "Destination-Host", DIAMETER_IDENTITY, MUST);
    public static final AvpDef ERROR_REPORTING_HOST =
            def(294, 0, "Error-Reporting-Host", DIAMETER_IDENTITY, MUST_NOT);
    public static final AvpDef TERMINATION_CAUSE =
            def(295, 0, "Termination-Cause", ENUMERATED, MUST);
    public static final AvpDef ORIGIN_REALM = def(296, 0, "Origin-Realm", DIAMETER_IDENTITY, MUST);
    public static final AvpDef EXPERIMENTAL_RESULT =
            def(297, 0, "Experimental-Result", GROUPED, MUST);
    public static final AvpDef EXPERIMENTAL_RESULT_CODE =
            def(298, 0, "Experimental-Result-Code", ENUMERATED, MUST);
    public static final AvpDef INBAND_SECURITY_ID =
            def(299, 0, "Inband-Security-Id", ENUMERATED, MUST);
    public static final AvpDef ACCOUNTING_RECORD_TYPE =
            def(480, 0, "Accounting-Record-Type", ENUMERATED, MUST);
    public static final AvpDef ACCOUNTING_REALTIME_REQUIRED =
            def(483, 0, "Accounting-Realtime-Required", ENUMERATED, MUST);
    public static final AvpDef ACCOUNTING_RECORD_NUMBER =
            def(485, 0, "Accounting-Record-Number", UNSIGNED32, MUST);

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

    // S6a AVPs imported from IETF: Service-Selection (RFC 5778 §6.2), MIP6-Agent-Info (RFC 5447
    // §4.2.1)
    public static final AvpDef SERVICE_SELECTION =
            def(493, 0, "Service-Selection", UTF8STRING, MUST);
    public static final AvpDef MIP6_AGENT_INFO = def(486, 0, "MIP6-Agent-Info", GROUPED, MUST);

    // TS 29.229 §6.3 Table 6.3.1 (Cx/Dx)
    public static final AvpDef VISITED_NETWORK_IDENTIFIER =
            def(600, VENDOR_3GPP, "Visited-Network-Identifier", OCTET_STRING, MUST);
    public static final AvpDef PUBLIC_IDENTITY =
            def(601, VENDOR_3GPP, "Public-Identity", UTF8STRING, MUST);
    public static final AvpDef SERVER_NAME = def(602, VENDOR_3GPP, "Server-Name", UTF8STRING, MUST);
    public static final AvpDef SERVER_CAPABILITIES =
            def(603, VENDOR_3GPP, "Server-Capabilities", GROUPED, MUST);
    public static final AvpDef MANDATORY_CAPABILITY =
            def(604, VENDOR_3GPP, "Mandatory-Capability", UNSIGNED32, MUST);
    public static final AvpDef OPTIONAL_CAPABILITY =
            def(605, VENDOR_3GPP, "Optional-Capability", UNSIGNED32, MUST);
    public static final AvpDef USER_DATA = def(606, VENDOR_3GPP, "User-Data", OCTET_STRING, MUST);
    public static final AvpDef SIP_NUMBER_AUTH_ITEMS =
            def(607, VENDOR_3GPP, "SIP-Number-Auth-Items", UNSIGNED32, MUST);
    public static final AvpDef SIP_AUTHENTICATION_SCHEME =
            def(608, VENDOR_3GPP, "SIP-Authentication-Scheme", UTF8STRING, MUST);
    public static final AvpDef SIP_AUTHENTICATE =
            def(609, VENDOR_3GPP, "SIP-Authenticate", OCTET_STRING, MUST);
    public static final AvpDef SIP_AUTHORIZATION =
            def(610, VENDOR_3GPP, "SIP-Authorization", OCTET_STRING, MUST);
    public static final AvpDef SIP_AUTHENTICATION_CONTEXT =
            def(611, VENDOR_3GPP, "SIP-Authentication-Context", OCTET_STRING, MUST);
    public static final AvpDef SIP_AUTH_DATA_ITEM =
            def(612, VENDOR_3GPP, "SIP-Auth-Data-Item", GROUPED, MUST);
    public static final AvpDef SIP_ITEM_NUMBER =
            def(613, VENDOR_3GPP, "SIP-Item-Number", UNSIGNED32, MUST);
    public static final AvpDef SERVER_ASSIGNMENT_TYPE =
            def(614, VENDOR_3GPP, "Server-Assignment-Type", ENUMERATED, MUST);
    public static final AvpDef DEREGISTRATION_REASON =
            def(615, VENDOR_3GPP, "Deregistration-Reason", GROUPED, MUST);
    public static final AvpDef REASON_CODE = def(616, VENDOR_3GPP, "Reason-Code", ENUMERATED, MUST);
    public static final AvpDef REASON_INFO = def(617, VENDOR_3GPP, "Reason-Info", UTF8STRING, MUST);
    public static final AvpDef CHARGING_INFORMATION =
            def(618, VENDOR_3GPP, "Charging-Information", GROUPED, MUST);
    public static final AvpDef PRIMARY_EVENT_CHARGING_FUNCTION_NAME =
            def(619, VENDOR_3GPP, "Primary-Event-Charging-Function-Name", DIAMETER_URI, MUST);
    public static final AvpDef SECONDARY_EVENT_CHARGING_FUNCTION_NAME =
            def(620, VENDOR_3GPP, "Secondary-Event-Charging-Function-Name", DIAMETER_URI, MUST);
    public static final AvpDef PRIMARY_CHARGING_COLLECTION_FUNCTION_NAME =
            def(621, VENDOR_3GPP, "Primary-Charging-Collection-Function-Name", DIAMETER_URI, MUST);
    public static final AvpDef SECONDARY_CHARGING_COLLECTION_FUNCTION_NAME =
            def(
                    622,
                    VENDOR_3GPP,
                    "Secondary-Charging-Collection-Function-Name",
                    DIAMETER_URI,
                    MUST);
    public static final AvpDef USER_AUTHORIZATION_TYPE =
            def(623, VENDOR_3GPP, "User-Authorization-Type", ENUMERATED, MUST);
    public static final AvpDef USER_DATA_ALREADY_AVAILABLE =
            def(624, VENDOR_3GPP, "User-Data-Already-Available", ENUMERATED, MUST);
    public static final AvpDef CONFIDENTIALITY_KEY =
            def(625, VENDOR_3GPP, "Confidentiality-Key", OCTET_STRING, MUST);
    public static final AvpDef INTEGRITY_KEY =
            def(626, VENDOR_3GPP, "Integrity-Key", OCTET_STRING, MUST);
    public static final AvpDef SUPPORTED_FEATURES =
            def(628, VENDOR_3GPP, "Supported-Features", GROUPED, MUST);
    public static final AvpDef FEATURE_LIST_ID =
            def(629, VENDOR_3GPP, "Feature-List-ID", UNSIGNED32, MUST);
    public static final AvpDef FEATURE_LIST =
            def(630, VENDOR_3GPP, "Feature-List", UNSIGNED32, MUST);
    public static final AvpDef SUPPORTED_APPLICATIONS =
            def(631, VENDOR_3GPP, "Supported-Applications", GROUPED, MUST);
    public static final AvpDef ASSOCIATED_IDENTITIES =
            def(632, VENDOR_3GPP, "Associated-Identities", GROUPED, MUST);
    public static final AvpDef ORIGINATING_REQUEST =
            def(633, VENDOR_3GPP, "Originating-Request", ENUMERATED, MUST);
    public static final AvpDef WILDCARDED_PUBLIC_IDENTITY =
            def(634, VENDOR_3GPP, "Wildcarded-Public-Identity", UTF8STRING, MUST);
    public static final AvpDef SIP_DIGEST_AUTHENTICATE =
            def(635, VENDOR_3GPP, "SIP-Digest-Authenticate", GROUPED, MUST_NOT);
    public static final AvpDef WILDCARDED_IMPU =
            def(636, VENDOR_3GPP, "Wildcarded-IMPU", UTF8STRING, MUST_NOT);
    public static final AvpDef UAR_FLAGS = def(637, VENDOR_3GPP, "UAR-Flags", UNSIGNED32, MUST_NOT);
    public static final AvpDef LOOSE_ROUTE_INDICATION =
            def(638, VENDOR_3GPP, "Loose-Route-Indication", ENUMERATED, MUST_NOT);
    public static final AvpDef SCSCF_RESTORATION_INFO =
            def(639, VENDOR_3GPP, "SCSCF-Restoration-Info", GROUPED, MUST_NOT);
    public static final AvpDef PATH = def(640, VENDOR_3GPP, "Path", OCTET_STRING, MUST_NOT);
    public static final AvpDef CONTACT = def(641, VENDOR_3GPP, "Contact", OCTET_STRING, MUST_NOT);
    public static final AvpDef SUBSCRIPTION_INFO =
            def(642, VENDOR_3GPP, "Subscription-Info", GROUPED, MUST_NOT);
    public static final AvpDef CALL_ID_SIP_HEADER =
            def(643, VENDOR_3GPP, "Call-ID-SIP-Header", OCTET_STRING, MUST_NOT);
    public static final AvpDef FROM_SIP_HEADER =
            def(644, VENDOR_3GPP, "From-SIP-Header", OCTET_STRING, MUST_NOT);
    public static final AvpDef TO_SIP_HEADER =
            def(645, VENDOR_3GPP, "To-SIP-Header", OCTET_STRING, MUST_NOT);
    public static final AvpDef RECORD_ROUTE =
            def(646, VENDOR_3GPP, "Record-Route", OCTET_STRING, MUST_NOT);
    public static final AvpDef ASSOCIATED_REGISTERED_IDENTITIES =
            def(647, VENDOR_3GPP, "Associated-Registered-Identities", GROUPED, MUST_NOT);
    public static final AvpDef MULTIPLE_REGISTRATION_INDICATION =
            def(648, VENDOR_3GPP, "Multiple-Registration-Indication", ENUMERATED, MUST_NOT);
    public static final AvpDef RESTORATION_INFO =
            def(649, VENDOR_3GPP, "Restoration-Info", GROUPED, MUST_NOT);
    public static final AvpDef SESSION_PRIORITY =
            def(650, VENDOR_3GPP, "Session-Priority", ENUMERATED, MUST_NOT);
    public static final AvpDef IDENTITY_WITH_EMERGENCY_REGISTRATION =
            def(651, VENDOR_3GPP, "Identity-with-Emergency-Registration", GROUPED, MUST_NOT);
    public static final AvpDef PRIVILEDGED_SENDER_INDICATION =
            def(652, VENDOR_3GPP, "Priviledged-Sender-Indication", ENUMERATED, MUST_NOT);
    public static final AvpDef LIA_FLAGS = def(653, VENDOR_3GPP, "LIA-Flags", UNSIGNED32, MUST);
    public static final AvpDef INITIAL_CSEQ_SEQUENCE_NUMBER =
            def(654, VENDOR_3GPP, "Initial-CSeq-Sequence-Number", UNSIGNED32, MUST);
    public static final AvpDef SAR_FLAGS = def(655, VENDOR_3GPP, "SAR-Flags", UNSIGNED32, MUST);

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

    private Avps() {}

    /** The definition of AVP (code, vendorId), or null when the dictionary does not know it. */
    public static AvpDef byCode(int code, long vendorId) {
        return BY_KEY.get(AvpDef.key(code, vendorId));
    }

    /** Every definition, in table order (duplicates would show here, see the dictionary tests). */
    public static List<AvpDef> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        AvpDef def = new AvpDef(code, vendorId, name, type, mandatory, MAY);
        ALL.add(def);
        BY_KEY.putIfAbsent(AvpDef.key(code, vendorId), def);
        return def;
    }
}
