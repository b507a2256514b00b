package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Applications.VENDOR_3GPP;
import static org.reactivehss.diameter.dict.AvpType.*;
import static org.reactivehss.diameter.dict.FlagRule.*;

import java.util.List;

/**
 * The AVPs of Cx/Dx (TS 29.229 §6.3 Table 6.3.1). Codes, types and flag rules follow the
 * specification table named above each block and were cross-checked against Wireshark's Diameter
 * dictionary; {@link Avps} is the lookup over every table.
 */
public final class CxAvps {
    private static final AvpTable TABLE = new AvpTable();

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

    private CxAvps() {}

    static List<AvpDef> definitions() {
        return TABLE.definitions();
    }

    private static AvpDef def(
            int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        return TABLE.define(code, vendorId, name, type, mandatory);
    }
}
