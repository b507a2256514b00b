package org.reactivehss.diameter.dict;

/**
 * One line of a Grouped AVP's grammar (RFC 6733 §4.4 with the qualifiers of §3.2): {@code { AVP }}
 * must occur once, {@code [ AVP ]} at most once, {@code *[ AVP ]} any number of times and {@code
 * 1*{ AVP }} at least once. These are the only arities the 3GPP grammars the HSS reads use, so the
 * validator counts them with one bit per line and allocates nothing.
 */
public record GroupRule(AvpDef avp, boolean required, boolean repeatable) {

    static GroupRule fixed(AvpDef avp) {
        return new GroupRule(avp, true, false);
    }

    static GroupRule optional(AvpDef avp) {
        return new GroupRule(avp, false, false);
    }

    static GroupRule repeated(AvpDef avp) {
        return new GroupRule(avp, false, true);
    }

    static GroupRule atLeastOnce(AvpDef avp) {
        return new GroupRule(avp, true, true);
    }

    @Override
    public String toString() {
        String inner = required ? "{ " + avp.name() + " }" : "[ " + avp.name() + " ]";
        return repeatable ? (required ? "1*" : "*") + inner : inner;
    }
}
