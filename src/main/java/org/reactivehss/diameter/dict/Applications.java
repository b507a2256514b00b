package org.reactivehss.diameter.dict;

/**
 * Application identifiers (IANA "Application IDs" registry) and the vendor id of 3GPP. Application
 * ids are unsigned 32-bit values carried in Java ints, as in the message header.
 */
public final class Applications {
    /** RFC 6733 §2.4: the Diameter common messages (CER, DWR, DPR). */
    public static final int BASE = 0;

    /** TS 29.272 §7.1.8: S6a/S6d. */
    public static final int S6A = 16777251;

    /** TS 29.229 §6.2: Cx/Dx. */
    public static final int CX = 16777216;

    /** TS 29.329 §6.2: Sh/Dh. */
    public static final int SH = 16777217;

    /** TS 29.230 §4.1, TS 29.272: S13/S13' (EIR). */
    public static final int S13 = 16777252;

    /** TS 29.230 §4.1, TS 29.273: SWx (3GPP AAA server). */
    public static final int SWX = 16777265;

    /** TS 29.230 §4.1, TS 29.173: SLh (GMLC). */
    public static final int SLH = 16777291;

    /** RFC 6733 §2.4: the relay application id 0xffffffff. */
    public static final int RELAY = 0xffffffff;

    /** IANA enterprise number of 3GPP, the Vendor-Id of every 3GPP AVP and application. */
    public static final int VENDOR_3GPP = 10415;

    private Applications() {}

    /**
     * The Vendor-Id of the application's Vendor-Specific-Application-Id, which every message of a
     * 3GPP application carries (TS 29.272 §7.2, TS 29.229 §6.1, TS 29.329 §6.1), or 0 for the base
     * protocol and anything unknown, whose messages carry none.
     */
    public static long vendorId(int applicationId) {
        return switch (applicationId) {
            case S6A, CX, SH, S13, SWX, SLH -> VENDOR_3GPP;
            default -> 0;
        };
    }

    /**
     * The Auth-Session-State of the application's messages, or -1 for none (the base protocol). The
     * 3GPP applications here keep no Diameter session: NO_STATE_MAINTAINED (TS 29.272 §7.1.8
     * "stateless", TS 29.229 §6.1, TS 29.329 §6.1, TS 29.273 §8.1.1, TS 29.173 §6.2).
     */
    public static int authSessionState(int applicationId) {
        return vendorId(applicationId) == VENDOR_3GPP
                ? Values.AuthSessionState.NO_STATE_MAINTAINED
                : -1;
    }
}
