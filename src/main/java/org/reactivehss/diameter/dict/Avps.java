package org.reactivehss.diameter.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AVP dictionary: the lookup over every specification's table ({@link BaseAvps}, {@link
 * S6aAvps}, {@link CxAvps}, {@link ShAvps}, {@link SlhAvps}, {@link SwxAvps}), each holding code,
 * vendor, name, data type and M-bit rule of the AVPs the HSS reads or writes. Unlisted AVPs are
 * "unknown": passed through if their M bit is clear, 5001 otherwise (RFC 6733 §4.1).
 */
public final class Avps {
    private static final List<AvpDef> ALL = new ArrayList<>();
    private static final Map<Long, AvpDef> BY_KEY = new HashMap<>();

    static {
        for (List<AvpDef> table :
                List.of(
                        BaseAvps.definitions(),
                        S6aAvps.definitions(),
                        SlhAvps.definitions(),
                        CxAvps.definitions(),
                        ShAvps.definitions(),
                        SwxAvps.definitions())) {
            for (AvpDef def : table) {
                ALL.add(def);
                BY_KEY.putIfAbsent(AvpDef.key(def.code(), def.vendorId()), def);
            }
        }
    }

    private Avps() {}

    /** The definition of AVP (code, vendorId), or null when the dictionary does not know it. */
    public static AvpDef byCode(int code, long vendorId) {
        return BY_KEY.get(AvpDef.key(code, vendorId));
    }

    /** Every definition, in table order (duplicates would show here, see the dictionary tests). */
    public static List<AvpDef> all() {
        return Collections.unmodifiableList(ALL);
    }
}
