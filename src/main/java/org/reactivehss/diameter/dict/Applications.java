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

    private Applications() {
    }
}
