package org.reactivehss.diameter.dict;

import static org.reactivehss.diameter.dict.FlagRule.MAY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The definitions of one specification's table, in table order, as its holder class declares them.
 */
final class AvpTable {
    private final List<AvpDef> definitions = new ArrayList<>();

    AvpDef define(int code, long vendorId, String name, AvpType type, FlagRule mandatory) {
        AvpDef def = new AvpDef(code, vendorId, name, type, mandatory, MAY);
        definitions.add(def);
        return def;
    }

    List<AvpDef> definitions() {
        return Collections.unmodifiableList(definitions);
    }
}
