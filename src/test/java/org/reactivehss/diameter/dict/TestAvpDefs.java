package org.reactivehss.diameter.dict;

/** AVP definitions outside the dictionary, for codec tests that need an AVP of every type. */
public final class TestAvpDefs {
    private TestAvpDefs() {}

    /** A vendor-specific AVP (V bit set), M bit MUST, P bit MAY. */
    public static AvpDef vendorSpecific(int code, AvpType type) {
        return new AvpDef(code, 10415, "Test-" + type, type, FlagRule.MUST, FlagRule.MAY);
    }
}
