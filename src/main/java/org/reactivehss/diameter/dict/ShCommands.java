package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.ShAvps.*;

import java.util.List;

/**
 * The commands of Sh/Dh (TS 29.329 §6.1). {@link Commands} is the lookup over every application.
 */
public final class ShCommands {
    // TS 29.329 §6.1.1 - §6.1.8: every Sh request has <Session-Id>{Vendor-Specific-Application-Id}
    // {Auth-Session-State}{Origin-Host}{Origin-Realm}{Destination-Realm}{User-Identity}
    public static final CommandDef USER_DATA_SH =
            CommandLayouts.sh(306, "User-Data", "UDR", "UDA", List.of(DATA_REFERENCE));
    public static final CommandDef PROFILE_UPDATE =
            CommandLayouts.sh(307, "Profile-Update", "PUR", "PUA", List.of(SH_USER_DATA));
    // §6.1.5: SNR carries { Subs-Req-Type } and 1*{ Data-Reference }
    public static final CommandDef SUBSCRIBE_NOTIFICATIONS =
            CommandLayouts.sh(
                    308,
                    "Subscribe-Notifications",
                    "SNR",
                    "SNA",
                    List.of(SUBS_REQ_TYPE, DATA_REFERENCE));
    public static final CommandDef PUSH_NOTIFICATION =
            CommandLayouts.sh(309, "Push-Notification", "PNR", "PNA", List.of(SH_USER_DATA));

    private ShCommands() {}

    static List<CommandDef> definitions() {
        return List.of(USER_DATA_SH, PROFILE_UPDATE, SUBSCRIBE_NOTIFICATIONS, PUSH_NOTIFICATION);
    }
}
