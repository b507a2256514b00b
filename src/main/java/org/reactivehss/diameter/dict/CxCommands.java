package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.CxAvps.*;

import java.util.List;

/**
 * The commands of Cx/Dx (TS 29.229 §6.1). {@link Commands} is the lookup over every application.
 */
public final class CxCommands {
    // TS 29.229 §6.1.1 - §6.1.12: every Cx request has <Session-Id>{Vendor-Specific-Application-Id}
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}
    public static final CommandDef USER_AUTHORIZATION =
            CommandLayouts.cx(
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
            CommandLayouts.cx(
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
            CommandLayouts.cx(
                    302,
                    "Location-Info",
                    "LIR",
                    "LIA",
                    List.of(DESTINATION_REALM, PUBLIC_IDENTITY),
                    List.of(PUBLIC_IDENTITY, ORIGINATING_REQUEST));
    public static final CommandDef MULTIMEDIA_AUTH =
            CommandLayouts.cx(
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
            CommandLayouts.cx(
                    304,
                    "Registration-Termination",
                    "RTR",
                    "RTA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME, DEREGISTRATION_REASON),
                    List.of(DEREGISTRATION_REASON));
    public static final CommandDef PUSH_PROFILE =
            CommandLayouts.cx(
                    305,
                    "Push-Profile",
                    "PPR",
                    "PPA",
                    List.of(DESTINATION_HOST, DESTINATION_REALM, USER_NAME),
                    List.of(USER_DATA, CHARGING_INFORMATION));

    private CxCommands() {}

    static List<CommandDef> definitions() {
        return List.of(
                USER_AUTHORIZATION,
                SERVER_ASSIGNMENT,
                LOCATION_INFO,
                MULTIMEDIA_AUTH,
                REGISTRATION_TERMINATION,
                PUSH_PROFILE);
    }
}
