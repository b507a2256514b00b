package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;
import static org.reactivehss.diameter.dict.ShAvps.*;
import static org.reactivehss.diameter.dict.SlhAvps.*;

import java.util.List;

/** The command of SLh (TS 29.173 §6.2). {@link Commands} is the lookup over every application. */
public final class SlhCommands {
    // TS 29.173 §6.2.3/§6.2.4: RIR <Session-Id>[Vendor-Specific-Application-Id]{Auth-Session-State}
    // {Origin-Host}{Origin-Realm}[Destination-Host]{Destination-Realm}[User-Name][MSISDN]
    // [GMLC-Number]; RIA adds [LMSI][Serving-Node]*[Additional-Serving-Node][GMLC-Address]
    // [PPR-Address][RIA-Flags]. The code is from the IETF's vendor range (Wireshark names it
    // 3GPP-LCS-Routing-Info). "Either User-Name or MSISDN" is a rule the grammar cannot state: the
    // handler applies it (5005).
    public static final CommandDef LCS_ROUTING_INFO =
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
                    CommandLayouts.union(
                            CommandLayouts.SINGLE_EVERYWHERE,
                            List.of(
                                    VENDOR_SPECIFIC_APPLICATION_ID,
                                    MSISDN,
                                    GMLC_NUMBER,
                                    LMSI,
                                    SERVING_NODE,
                                    GMLC_ADDRESS,
                                    PPR_ADDRESS,
                                    RIA_FLAGS)));

    private SlhCommands() {}

    static List<CommandDef> definitions() {
        return List.of(LCS_ROUTING_INFO);
    }
}
