package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;

import java.util.List;

/**
 * The commands of the Diameter base protocol (RFC 6733 §5). {@link Commands} is the lookup over
 * every application.
 */
public final class BaseCommands {
    // RFC 6733 §5.3.1/§5.3.2 CER/CEA, §5.5.1/§5.5.2 DWR/DWA, §5.4.1/§5.4.2 DPR/DPA
    public static final CommandDef CAPABILITIES_EXCHANGE =
            CommandLayouts.base(
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
            CommandLayouts.base(
                    280,
                    "Device-Watchdog",
                    "DWR",
                    "DWA",
                    List.of(ORIGIN_HOST, ORIGIN_REALM),
                    List.of(RESULT_CODE, ORIGIN_HOST, ORIGIN_REALM),
                    List.of());
    public static final CommandDef DISCONNECT_PEER =
            CommandLayouts.base(
                    282,
                    "Disconnect-Peer",
                    "DPR",
                    "DPA",
                    List.of(ORIGIN_HOST, ORIGIN_REALM, DISCONNECT_CAUSE),
                    List.of(RESULT_CODE, ORIGIN_HOST, ORIGIN_REALM),
                    List.of(DISCONNECT_CAUSE));

    private BaseCommands() {}

    static List<CommandDef> definitions() {
        return List.of(CAPABILITIES_EXCHANGE, DEVICE_WATCHDOG, DISCONNECT_PEER);
    }
}
