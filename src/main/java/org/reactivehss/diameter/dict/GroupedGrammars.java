package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.BaseAvps.*;
import static org.reactivehss.diameter.dict.CxAvps.*;
import static org.reactivehss.diameter.dict.GroupRule.*;
import static org.reactivehss.diameter.dict.S6aAvps.*;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grammars of the Grouped AVPs the HSS reads, each as its clause writes it. Every grammar here
 * ends in {@code *[ AVP ]}, so an inner AVP not listed is allowed (and judged by the dictionary
 * like any AVP). Failed-AVP has no grammar of its own: it holds what another node could not read
 * (RFC 6733 §7.5). Grouped AVPs the HSS only sends (Subscription-Data, Authentication-Info,
 * Server-Capabilities, Deregistration-Reason) are not listed: nothing inbound is held to them.
 */
public final class GroupedGrammars {
    private static final Map<AvpDef, List<GroupRule>> BY_AVP = new IdentityHashMap<>();

    static {
        // RFC 6733 §6.11. RFC 3588 §6.11 allowed several Vendor-Id and older peers still send them,
        // so more than one is tolerated; exactly one of the application ids is the sender's
        // concern.
        define(
                VENDOR_SPECIFIC_APPLICATION_ID,
                atLeastOnce(VENDOR_ID),
                optional(AUTH_APPLICATION_ID),
                optional(ACCT_APPLICATION_ID));
        // RFC 6733 §7.6
        define(EXPERIMENTAL_RESULT, fixed(VENDOR_ID), fixed(EXPERIMENTAL_RESULT_CODE));
        // RFC 6733 §6.7.2
        define(PROXY_INFO, fixed(PROXY_HOST), fixed(PROXY_STATE));
        // TS 29.272 §7.3.11 and §7.3.12
        define(
                REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                optional(NUMBER_OF_REQUESTED_VECTORS),
                optional(IMMEDIATE_RESPONSE_PREFERRED),
                optional(RE_SYNCHRONIZATION_INFO));
        define(
                REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO,
                optional(NUMBER_OF_REQUESTED_VECTORS),
                optional(IMMEDIATE_RESPONSE_PREFERRED),
                optional(RE_SYNCHRONIZATION_INFO));
        // TS 29.272 §7.3.3 (3GPP2-MEID is not in the dictionary: allowed as any AVP)
        define(TERMINAL_INFORMATION, optional(IMEI), optional(SOFTWARE_VERSION));
        // TS 29.229 §6.3.13 (the Framed-* and Line-Identifier AVPs are not in the dictionary)
        define(
                SIP_AUTH_DATA_ITEM,
                optional(SIP_ITEM_NUMBER),
                optional(SIP_AUTHENTICATION_SCHEME),
                optional(SIP_AUTHENTICATE),
                optional(SIP_AUTHORIZATION),
                optional(SIP_AUTHENTICATION_CONTEXT),
                optional(CONFIDENTIALITY_KEY),
                optional(INTEGRITY_KEY),
                optional(SIP_DIGEST_AUTHENTICATE));
        // TS 29.229 §6.3.29
        define(SUPPORTED_FEATURES, fixed(VENDOR_ID), fixed(FEATURE_LIST_ID), fixed(FEATURE_LIST));
    }

    private GroupedGrammars() {}

    /** The inner-AVP rules of {@code grouped}, or null when the dictionary holds it to none. */
    public static List<GroupRule> of(AvpDef grouped) {
        return BY_AVP.get(grouped);
    }

    private static void define(AvpDef grouped, GroupRule... rules) {
        if (grouped.type() != AvpType.GROUPED || rules.length > Long.SIZE) {
            throw new IllegalStateException(
                    grouped + " cannot have a grammar of " + rules.length + " rules");
        }
        BY_AVP.put(grouped, List.of(rules));
    }
}
