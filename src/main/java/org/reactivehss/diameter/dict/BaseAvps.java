package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs of the Diameter base protocol (RFC 6733 §4.5, §8, §9). Codes, types and flag rules
 * follow the specification table named above each block and were cross-checked against Wireshark's
 * Diameter dictionary; {@link Avps} is the lookup over every table.
 */
public final class BaseAvps {
    private static final AvpTable TABLE = new AvpTable();

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

    private BaseAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
