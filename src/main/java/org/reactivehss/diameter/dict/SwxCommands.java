package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.CxAvps.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;
import static org.reactivehss.diameter.dict.SwxAvps.*;

import java.util.List;

/**
 * The commands of SWx between the 3GPP AAA server and the HSS (TS 29.273 §8.2.2, application
 * 16777265): the Cx command codes (TS 29.229 §6.1) with their own grammars. Codes, flags and
 * application id as in Wireshark's dictionary. {@link Commands} is the lookup over every
 * application.
 */
public final class SwxCommands {
    // TS 29.273 §8.2.2.1 / §8.2.2.2: < Diameter Header: 303, REQ, PXY, 16777265 >
    public static final CommandDef MULTIMEDIA_AUTH =
            CommandLayouts.swx(
                    303,
                    "Multimedia-Auth",
                    "MAR",
                    "MAA",
                    List.of(
                            DESTINATION_REALM,
                            USER_NAME,
                            SIP_AUTH_DATA_ITEM,
                            SIP_NUMBER_AUTH_ITEMS),
                    List.of(
                            SIP_AUTH_DATA_ITEM,
                            SIP_NUMBER_AUTH_ITEMS,
                            RAT_TYPE,
                            ANID,
                            VISITED_NETWORK_IDENTIFIER,
                            TERMINAL_INFORMATION,
                            AAA_FAILURE_INDICATION,
                            TGPP_AAA_SERVER_NAME));
    // TS 29.273 §8.2.2.3 / §8.2.2.4: < Diameter Header: 301, REQ, PXY, 16777265 >
    public static final CommandDef SERVER_ASSIGNMENT =
            CommandLayouts.swx(
                    301,
                    "Server-Assignment",
                    "SAR",
                    "SAA",
                    List.of(DESTINATION_REALM, USER_NAME, SERVER_ASSIGNMENT_TYPE),
                    List.of(
                            SERVER_ASSIGNMENT_TYPE,
                            SERVICE_SELECTION,
                            CONTEXT_IDENTIFIER,
                            VISITED_NETWORK_IDENTIFIER,
                            NON_3GPP_USER_DATA,
                            TGPP_AAA_SERVER_NAME));
    // TS 29.273 §8.2.2.5 / §8.2.2.6: sent by the HSS
    public static final CommandDef PUSH_PROFILE =
            CommandLayouts.swx(
                    305,
                    "Push-Profile",
                    "PPR",
                    "PPA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME),
                    List.of(NON_3GPP_USER_DATA));
    // TS 29.273 §8.2.2.7 / §8.2.2.8: sent by the HSS
    public static final CommandDef REGISTRATION_TERMINATION =
            CommandLayouts.swx(
                    304,
                    "Registration-Termination",
                    "RTR",
                    "RTA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, DEREGISTRATION_REASON),
                    List.of(DEREGISTRATION_REASON));

    private SwxCommands() {}

    static List<CommandDef> definitions() {
        return List.of(MULTIMEDIA_AUTH, SERVER_ASSIGNMENT, PUSH_PROFILE, REGISTRATION_TERMINATION);
    }
}
