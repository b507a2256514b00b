package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;

import java.util.List;

/**
 * The commands of S6a/S6d (TS 29.272 §7.2). {@link Commands} is the lookup over every application.
 */
public final class S6aCommands {
    // TS 29.272 §7.2.3 - §7.2.22: every S6a request has
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}
    public static final CommandDef UPDATE_LOCATION =
            CommandLayouts.s6a(
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
            CommandLayouts.s6a(
                    317,
                    "Cancel-Location",
                    "CLR",
                    "CLA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, CANCELLATION_TYPE),
                    List.of(CANCELLATION_TYPE, CLR_FLAGS));
    public static final CommandDef AUTHENTICATION_INFORMATION =
            CommandLayouts.s6a(
                    318,
                    "Authentication-Information",
                    "AIR",
                    "AIA",
                    List.of(DESTINATION_REALM, USER_NAME, VISITED_PLMN_ID),
                    List.of(
                            VISITED_PLMN_ID, REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                            REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO, AUTHENTICATION_INFO));
    public static final CommandDef INSERT_SUBSCRIBER_DATA =
            CommandLayouts.s6a(
                    319,
                    "Insert-Subscriber-Data",
                    "IDR",
                    "IDA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, SUBSCRIPTION_DATA),
                    List.of(
                            SUBSCRIPTION_DATA,
                            IDR_FLAGS,
                            IDA_FLAGS,
                            EPS_USER_STATE,
                            EPS_LOCATION_INFORMATION));
    public static final CommandDef DELETE_SUBSCRIBER_DATA =
            CommandLayouts.s6a(
                    320,
                    "Delete-Subscriber-Data",
                    "DSR",
                    "DSA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, DSR_FLAGS),
                    List.of(DSR_FLAGS, DSA_FLAGS));
    public static final CommandDef PURGE_UE =
            CommandLayouts.s6a(
                    321,
                    "Purge-UE",
                    "PUR",
                    "PUA",
                    List.of(DESTINATION_REALM, USER_NAME),
                    List.of(PUA_FLAGS));
    public static final CommandDef RESET =
            CommandLayouts.s6a(
                    322,
                    "Reset",
                    "RSR",
                    "RSA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM),
                    List.of());
    public static final CommandDef NOTIFY =
            CommandLayouts.s6a(
                    323,
                    "Notify",
                    "NOR",
                    "NOA",
                    List.of(DESTINATION_REALM, USER_NAME),
                    List.of(NOR_FLAGS));

    private S6aCommands() {}

    static List<CommandDef> definitions() {
        return List.of(
                UPDATE_LOCATION,
                CANCEL_LOCATION,
                AUTHENTICATION_INFORMATION,
                INSERT_SUBSCRIBER_DATA,
                DELETE_SUBSCRIBER_DATA,
                PURGE_UE,
                RESET,
                NOTIFY);
    }
}
