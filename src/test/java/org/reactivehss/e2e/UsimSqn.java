package org.reactivehss.e2e;

import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * Reads the SQN a vector carries the way a USIM does (AUTN's SQN xor AK, after MAC-A), without the
 * freshness check: a factory-fresh USIM model per vector accepts any SQN with SEQ >= 1.
 */
final class UsimSqn {
  private final UsimModel template;

  UsimSqn(UsimModel template) {
    this.template = template;
  }

  Sqn of(Avp vector) {
    UsimModel fresh =
        UsimModel.of("milenage", S6aClient.hex(S6aClient.K), null, S6aClient.hex(S6aClient.OPC));
    UsimModel.Outcome o =
        fresh.authenticate(
            vector.first(S6aAvps.RAND).asOctets(), vector.first(S6aAvps.AUTN).asOctets());
    if (!(o instanceof UsimModel.Accepted accepted)) {
      throw new AssertionError("vector refused by a fresh USIM: " + o);
    }
    return accepted.sqn();
  }
}
