package org.reactivehss.diameter.codec;

import java.util.HexFormat;
import org.reactivehss.diameter.dict.AvpDef;

/** An AVP value as the fixtures write it: text, decimal, dotted address, or hex:octets. */
final class AvpText {
    private AvpText() {}

    static String of(Avp avp, AvpDef def) {
        return switch (def.type()) {
            case UTF8STRING, DIAMETER_IDENTITY, DIAMETER_URI -> avp.asUtf8();
            case UNSIGNED32, TIME -> Long.toString(avp.asUnsigned32());
            case INTEGER32, ENUMERATED -> Integer.toString(avp.asInteger32());
            case INTEGER64, UNSIGNED64 -> Long.toString(avp.asInteger64());
            case ADDRESS -> avp.asAddress().getHostAddress();
            default -> "hex:" + HexFormat.of().formatHex(avp.asOctets());
        };
    }
}
