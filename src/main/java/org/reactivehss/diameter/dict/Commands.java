package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.Avps.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands of the base protocol, S6a, S13, Cx, Sh and SLh. Required AVPs are the {@code {AVP}}
 * entries of each command's grammar in the cited clause; the optional ones are not listed because
 * the codec never refuses an optional AVP.
 */
public final class Commands {
    private static final List<CommandDef> ALL = new ArrayList<>();
    private static final Map<Long, CommandDef> BY_KEY = new HashMap<>();

    /** AVPs that appear at most once in every grammar below (RFC 6733 §3.2 "[AVP]" without '*'). */
    private static final List<AvpDef> SINGLE_EVERYWHERE =
            List.of(
                    SESSION_ID,
                    ORIGIN_HOST,
                    ORIGIN_REALM,
                    DESTINATION_HOST,
                    DESTINATION_REALM,
                    RESULT_CODE,
                    EXPERIMENTAL_RESULT,
                    AUTH_SESSION_STATE,
                    USER_NAME,
                    ORIGIN_STATE_ID,
                    ERROR_MESSAGE,
                    ERROR_REPORTING_HOST,
                    FAILED_AVP);

    // RFC 6733 §5.3.1/§5.3.2 CER/CEA, §5.5.1/§5.5.2 DWR/DWA, §5.4.1/§5.4.2 DPR/DPA
    public static final CommandDef CAPABILITIES_EXCHANGE =
            base(
                    257,
                    "Capabilities-Exchange",
                    "CER",
                    "CEA",
                    List.of(ORIGIN_HOST, ORIGIN_REALM, HOST_IP_ADDRESS, VENDOR_ID, PRODUCT_NAME),
                    List.of(
                            RESULT_CODE,
                            ORIGIN_HOST,
                            ORIGIN_REALM,
                            HOST_IP_ADDRESS,
                            VENDOR_ID,
                            PRODUCT_NAME),
                    List.of(VENDOR_ID, PRODUCT_NAME, FIRMWARE_REVISION));
    public static final CommandDef DEVICE_WATCHDOG =
            base(
                    280,
                    "Device-Watchdog",
                    "DWR",
                    "DWA",
                    List.of(ORIGIN_HOST, ORIGIN_REALM),
                    List.of(RESULT_CODE, ORIGIN_HOST, ORIGIN_REALM),
                    List.of());
    public static final CommandDef DISCONNECT_PEER =
            base(
                    282,
                    "Disconnect-Peer",
                    "DPR",
                    "DPA",
                    List.of(ORIGIN_HOST, ORIGIN_REALM, DISCONNECT_CAUSE),
                    List.of(RESULT_CODE, ORIGIN_HOST, ORIGIN_REALM),
                    List.of(DISCONNECT_CAUSE));

    // TS 29.272 §7.2.3 - §7.2.22: every S6a request has
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}
    public static final CommandDef UPDATE_LOCATION =
            s6a(
                    316,
                    "Update-Location",
                    "ULR",
                    "ULA",
                    List.of(DESTINATION_REALM, USER_NAME, RAT_TYPE, ULR_FLAGS, VISITED_PLMN_ID),
                    List.of(
                            RAT_TYPE,
                            ULR_FLAGS,
                            VISITED_PLMN_ID,
                            TERMINAL_INFORMATION,
                            SGSN_NUMBER,
                            SUBSCRIPTION_DATA,
                            ULA_FLAGS));
    public static final CommandDef CANCEL_LOCATION =
            s6a(
                    317,
                    "Cancel-Location",
                    "CLR",
                    "CLA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, CANCELLATION_TYPE),
                    List.of(CANCELLATION_TYPE, CLR_FLAGS));
    public static final CommandDef AUTHENTICATION_INFORMATION =
            s6a(
                    318,
                    "Authentication-Information",
                    "AIR",
                    "AIA",
                    List.of(DESTINATION_REALM, USER_NAME, VISITED_PLMN_ID),
                    List.of(
                            VISITED_PLMN_ID, REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                            REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO, AUTHENTICATION_INFO));
    public static final CommandDef INSERT_SUBSCRIBER_DATA =
            s6a(
                    319,
                    "Insert-Subscriber-Data",
                    "IDR",
                    "IDA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, SUBSCRIPTION_DATA),
                    List.of(SUBSCRIPTION_DATA, IDR_FLAGS, IDA_FLAGS));
    public static final CommandDef DELETE_SUBSCRIBER_DATA =
            s6a(
                    320,
                    "Delete-Subscriber-Data",
                    "DSR",
                    "DSA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, DSR_FLAGS),
                    List.of(DSR_FLAGS, DSA_FLAGS));
    public static final CommandDef PURGE_UE =
            s6a(
                    321,
                    "Purge-UE",
                    "PUR",
                    "PUA",
                    List.of(DESTINATION_REALM, USER_NAME),
                    List.of(PUA_FLAGS));
    public static final CommandDef RESET =
            s6a(
                    322,
                    "Reset",
                    "RSR",
                    "RSA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM),
                    List.of());
    public static final CommandDef NOTIFY =
            s6a(
                    323,
                    "Notify",
                    "NOR",
                    "NOA",
                    List.of(DESTINATION_REALM, USER_NAME),
                    List.of(NOR_FLAGS));

    // TS 29.272 §7.2.19/§7.2.20 ECR/ECA on S13 (application 16777252), the S6a command layout
    public static final CommandDef ME_IDENTITY_CHECK =
            mme(
                    Applications.S13,
                    324,
                    "ME-Identity-Check",
                    "ECR",
                    "ECA",
                    List.of(DESTINATION_REALM, TERMINAL_INFORMATION),
                    List.of(TERMINAL_INFORMATION, EQUIPMENT_STATUS));

    // TS 29.229 §6.1.1 - §6.1.12: every Cx request has <Session-Id>{Vendor-Specific-Application-Id}
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}
    public static final CommandDef USER_AUTHORIZATION =
            cx(
                    300,
                    "User-Authorization",
                    "UAR",
                    "UAA",
                    List.of(
                            DESTINATION_REALM,
                            USER_NAME,
                            PUBLIC_IDENTITY,
                            VISITED_NETWORK_IDENTIFIER),
                    List.of(
                            PUBLIC_IDENTITY,
                            VISITED_NETWORK_IDENTIFIER,
                            USER_AUTHORIZATION_TYPE,
                            UAR_FLAGS,
                            SERVER_NAME));
    public static final CommandDef SERVER_ASSIGNMENT =
            cx(
                    301,
                    "Server-Assignment",
                    "SAR",
                    "SAA",
                    List.of(
                            DESTINATION_REALM,
                            SERVER_NAME,
                            SERVER_ASSIGNMENT_TYPE,
                            USER_DATA_ALREADY_AVAILABLE),
                    List.of(
                            SERVER_NAME,
                            SERVER_ASSIGNMENT_TYPE,
                            USER_DATA_ALREADY_AVAILABLE,
                            USER_DATA));
    public static final CommandDef LOCATION_INFO =
            cx(
                    302,
                    "Location-Info",
                    "LIR",
                    "LIA",
                    List.of(DESTINATION_REALM, PUBLIC_IDENTITY),
                    List.of(PUBLIC_IDENTITY, ORIGINATING_REQUEST));
    public static final CommandDef MULTIMEDIA_AUTH =
            cx(
                    303,
                    "Multimedia-Auth",
                    "MAR",
                    "MAA",
                    List.of(
                            DESTINATION_REALM,
                            USER_NAME,
                            PUBLIC_IDENTITY,
                            SIP_AUTH_DATA_ITEM,
                            SIP_NUMBER_AUTH_ITEMS,
                            SERVER_NAME),
                    List.of(PUBLIC_IDENTITY, SIP_NUMBER_AUTH_ITEMS, SERVER_NAME));
    public static final CommandDef REGISTRATION_TERMINATION =
            cx(
                    304,
                    "Registration-Termination",
                    "RTR",
                    "RTA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, DEREGISTRATION_REASON),
                    List.of(DEREGISTRATION_REASON));
    public static final CommandDef PUSH_PROFILE =
            cx(
                    305,
                    "Push-Profile",
                    "PPR",
                    "PPA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME),
                    List.of(USER_DATA, CHARGING_INFORMATION));

    // TS 29.329 §6.1.1 - §6.1.8: every Sh request has <Session-Id>{Vendor-Specific-Application-Id}
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}{Destination-Realm}{User-Identity}
    public static final CommandDef USER_DATA_SH =
            sh(306, "User-Data", "UDR", "UDA", List.of(DATA_REFERENCE));
    public static final CommandDef PROFILE_UPDATE =
            sh(307, "Profile-Update", "PUR", "PUA", List.of(SH_USER_DATA));
    public static final CommandDef SUBSCRIBE_NOTIFICATIONS =
            sh(308, "Subscribe-Notifications", "SNR", "SNA", List.of(SUBS_REQ_TYPE));
    public static final CommandDef PUSH_NOTIFICATION =
            sh(309, "Push-Notification", "PNR", "PNA", List.of(SH_USER_DATA));

    // TS 29.173 §6.2.3/§6.2.4: RIR <Session-Id>[Vendor-Specific-Application-Id]{Auth-Session-State}
    // {Origin-Host}{Origin-Realm}[Destination-Host]{Destination-Realm}[User-Name][MSISDN]
    // [GMLC-Number]; RIA adds [LMSI][Serving-Node]*[Additional-Serving-Node][GMLC-Address]
    // [PPR-Address][RIA-Flags]. The code is from the IETF's vendor range (Wireshark names it
    // 3GPP-LCS-Routing-Info). "Either User-Name or MSISDN" is a rule the grammar cannot state: the
    // handler applies it (5005).
    public static final CommandDef LCS_ROUTING_INFO =
            define(
                    new CommandDef(
                            8388622,
                            Applications.SLH,
                            "LCS-Routing-Info",
                            "RIR",
                            "RIA",
                            true,
                            true,
                            List.of(
                                    SESSION_ID,
                                    AUTH_SESSION_STATE,
                                    ORIGIN_HOST,
                                    ORIGIN_REALM,
                                    DESTINATION_REALM),
                            List.of(SESSION_ID, AUTH_SESSION_STATE, ORIGIN_HOST, ORIGIN_REALM),
                            union(
                                    SINGLE_EVERYWHERE,
                                    List.of(
                                            VENDOR_SPECIFIC_APPLICATION_ID,
                                            MSISDN,
                                            GMLC_NUMBER,
                                            LMSI,
                                            SERVING_NODE,
                                            GMLC_ADDRESS,
                                            PPR_ADDRESS,
                                            RIA_FLAGS))));

    private Commands() {}

    /** The command (application, code), or null when unknown: RFC 6733 §7.1.3 3001 or 3007. */
    public static CommandDef byCode(long applicationId, int code) {
        return BY_KEY.get(CommandDef.key(applicationId, code));
    }

    public static List<CommandDef> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static CommandDef base(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> answer,
            List<AvpDef> single) {
        // RFC 6733 §5: the base commands are never proxied, so their P bit is clear.
        return define(
                new CommandDef(
                        code,
                        Applications.BASE,
                        name,
                        rq,
                        an,
                        false,
                        false,
                        request,
                        answer,
                        union(SINGLE_EVERYWHERE, single)));
    }

    private static CommandDef s6a(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        return mme(Applications.S6A, code, name, rq, an, request, single);
    }

    /** A command between an MME/SGSN and the HSS or EIR: S6a, S6d and S13 share one layout. */
    private static CommandDef mme(
            int application,
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        List<AvpDef> required =
                union(List.of(SESSION_ID, AUTH_SESSION_STATE, ORIGIN_HOST, ORIGIN_REALM), request);
        List<AvpDef> answer = List.of(SESSION_ID, AUTH_SESSION_STATE, ORIGIN_HOST, ORIGIN_REALM);
        return define(
                new CommandDef(
                        code,
                        application,
                        name,
                        rq,
                        an,
                        true,
                        true,
                        required,
                        answer,
                        union(
                                SINGLE_EVERYWHERE,
                                union(List.of(VENDOR_SPECIFIC_APPLICATION_ID), single))));
    }

    private static CommandDef cx(
            int code,
            String name,
            String rq,
            String an,
            List<AvpDef> request,
            List<AvpDef> single) {
        List<AvpDef> fixed =
                List.of(
                        SESSION_ID,
                        VENDOR_SPECIFIC_APPLICATION_ID,
                        AUTH_SESSION_STATE,
                        ORIGIN_HOST,
                        ORIGIN_REALM);
        return define(
                new CommandDef(
                        code,
                        Applications.CX,
                        name,
                        rq,
                        an,
                        true,
                        true,
                        union(fixed, request),
                        fixed,
                        union(
                                SINGLE_EVERYWHERE,
                                union(List.of(VENDOR_SPECIFIC_APPLICATION_ID), single))));
    }

    private static CommandDef sh(
            int code, String name, String rq, String an, List<AvpDef> request) {
        List<AvpDef> fixed =
                List.of(
                        SESSION_ID,
                        VENDOR_SPECIFIC_APPLICATION_ID,
                        AUTH_SESSION_STATE,
                        ORIGIN_HOST,
                        ORIGIN_REALM);
        List<AvpDef> required =
                union(fixed, union(List.of(DESTINATION_REALM, USER_IDENTITY), request));
        return define(
                new CommandDef(
                        code,
                        Applications.SH,
                        name,
                        rq,
                        an,
                        true,
                        true,
                        required,
                        fixed,
                        union(
                                SINGLE_EVERYWHERE,
                                List.of(VENDOR_SPECIFIC_APPLICATION_ID, USER_IDENTITY))));
    }

    private static List<AvpDef> union(List<AvpDef> first, List<AvpDef> second) {
        Set<AvpDef> both = new LinkedHashSet<>(first);
        both.addAll(second);
        return List.copyOf(both);
    }

    private static CommandDef define(CommandDef command) {
        ALL.add(command);
        BY_KEY.putIfAbsent(CommandDef.key(command.applicationId(), command.code()), command);
        return command;
    }
}
