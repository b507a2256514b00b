package org.reactivehss.diameter.dict;

/**
 * One AVP of the dictionary. The V bit is not a rule of its own: it is set exactly when the AVP has
 * a vendor id (RFC 6733 §4.1). {@code protectedRule} is the P bit rule; we never set P because we
 * do not do end-to-end security (RFC 6733 §13).
 */
public record AvpDef(
        int code,
        long vendorId,
        String name,
        AvpType type,
        FlagRule mandatoryRule,
        FlagRule protectedRule) {

    /** The M bit value we send: set only when the rule says MUST. */
    public boolean mandatoryWhenSent() {
        return mandatoryRule == FlagRule.MUST;
    }

    public boolean isVendorSpecific() {
        return vendorId != 0;
    }

    /** One long that identifies (code, vendor): the lookup key of {@link Avps#byCode}. */
    static long key(int code, long vendorId) {
        return (vendorId << 32) | (code & 0xffffffffL);
    }

    @Override
    public String toString() {
        return name + "(" + code + (vendorId != 0 ? "/" + vendorId : "") + ")";
    }
}
