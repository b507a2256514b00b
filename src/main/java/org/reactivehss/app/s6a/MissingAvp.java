package org.reactivehss.app.s6a;

import java.util.Arrays;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.Commands;

/**
 * RFC 6733 §7.5: for 5005 DIAMETER_MISSING_AVP, Failed-AVP carries an example of the missing AVP
 * (code and vendor, minimal data). Built by encoding it alone in a scratch message.
 */
final class MissingAvp {
  private MissingAvp() {
  }

  static Avp empty(AvpDef grouped) {
    byte[] scratch = MessageBuilder.request(Commands.AUTHENTICATION_INFORMATION).addGroup(grouped, g -> { })
        .build();
    DecodeResult parsed = DiameterMessage.parse(Arrays.copyOf(scratch, scratch.length));
    return parsed.message().avps().get(0);
  }
}
