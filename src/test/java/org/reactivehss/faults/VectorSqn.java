package org.reactivehss.faults;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * Recovers the SQN each E-UTRAN vector of an AIA carries, as the USIM does (TS 33.102 §6.3.3: SQN =
 * (SQN xor AK) from AUTN xor f5(K, RAND), after checking MAC-A), with a factory-fresh USIM model
 * per vector so that no freshness rule hides a repeated SQN from the test.
 */
final class VectorSqn {
  /** TS 35.208 test set 1, the keys every fault-test subscriber is provisioned with. */
  static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";

  static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";

  private VectorSqn() {}

  static String subscriberJson(String imsi) {
    return "{\"imsi\":\""
        + imsi
        + "\",\"k\":\""
        + K
        + "\",\"opc\":\""
        + OPC
        + "\",\"amf\":\"8000\"}";
  }

  static List<Long> of(DiameterMessage aia) {
    Avp info = aia.first(S6aAvps.AUTHENTICATION_INFO);
    if (info == null) {
      return List.of();
    }
    List<Long> sqns = new ArrayList<>();
    for (Avp vector : info.all(S6aAvps.E_UTRAN_VECTOR)) {
      UsimModel usim =
          UsimModel.of("milenage", HexFormat.of().parseHex(K), null, HexFormat.of().parseHex(OPC));
      UsimModel.Outcome o =
          usim.authenticate(
              vector.first(S6aAvps.RAND).asOctets(), vector.first(S6aAvps.AUTN).asOctets());
      if (!(o instanceof UsimModel.Accepted accepted)) {
        throw new AssertionError("vector refused by a fresh USIM: " + o.getClass().getSimpleName());
      }
      sqns.add(accepted.sqn().value());
    }
    return sqns;
  }
}
