package org.reactivehss.auth;

import java.util.Arrays;

/**
 * Builds one item of authentication data from a subscriber's algorithm, a RAND and a reserved SQN.
 *
 * <p>AUTN = (SQN xor AK) || AMF || MAC-A (TS 33.102 §6.3.2). For E-UTRAN the AMF separation bit
 * (bit 0, the most significant) is forced to 1, as the HSS does for EPS vectors (TS 33.401 §6.1.1,
 * TS 33.102 Annex H); UTRAN and IMS use the subscriber's AMF unchanged.
 */
final class VectorFactory {
  private VectorFactory() {}

  static EutranVector eutran(
      AkaAlgorithm algorithm, byte[] rand, Sqn sqn, byte[] amf, byte[] servingPlmn) {
    byte[] eutranAmf = {(byte) (amf[0] | 0x80), amf[1]};
    Challenge c = algorithm.challenge(rand, sqn.toBytes(), eutranAmf);
    byte[] autn = autn(sqn, eutranAmf, c);
    byte[] kasme = Kasme.derive(c.ck(), c.ik(), servingPlmn, Arrays.copyOf(autn, 6));
    return new EutranVector(rand, c.xres(), autn, kasme);
  }

  static UtranVector utran(AkaAlgorithm algorithm, byte[] rand, Sqn sqn, byte[] amf) {
    Challenge c = algorithm.challenge(rand, sqn.toBytes(), amf);
    return new UtranVector(rand, c.xres(), autn(sqn, amf, c), c.ck(), c.ik());
  }

  static ImsAuthItem ims(AkaAlgorithm algorithm, byte[] rand, Sqn sqn, byte[] amf) {
    Challenge c = algorithm.challenge(rand, sqn.toBytes(), amf);
    byte[] sipAuthenticate = new byte[32];
    System.arraycopy(rand, 0, sipAuthenticate, 0, 16);
    System.arraycopy(autn(sqn, amf, c), 0, sipAuthenticate, 16, 16);
    return new ImsAuthItem(sipAuthenticate, c.xres(), c.ck(), c.ik());
  }

  /**
   * EAP-AKA' (TS 33.402 §6.2, RFC 5448 §3): the AMF separation bit is set as for E-UTRAN, and CK,
   * IK are replaced by CK', IK' derived with the access network identity (Annex A.2).
   */
  static ImsAuthItem eapAkaPrime(
      AkaAlgorithm algorithm, byte[] rand, Sqn sqn, byte[] amf, String accessNetworkId) {
    byte[] separatedAmf = {(byte) (amf[0] | 0x80), amf[1]};
    Challenge c = algorithm.challenge(rand, sqn.toBytes(), separatedAmf);
    byte[] autn = autn(sqn, separatedAmf, c);
    byte[] keys = AkaPrimeKeys.derive(c.ck(), c.ik(), accessNetworkId, Arrays.copyOf(autn, 6));
    byte[] sipAuthenticate = new byte[32];
    System.arraycopy(rand, 0, sipAuthenticate, 0, 16);
    System.arraycopy(autn, 0, sipAuthenticate, 16, 16);
    return new ImsAuthItem(
        sipAuthenticate, c.xres(), Arrays.copyOf(keys, 16), Arrays.copyOfRange(keys, 16, 32));
  }

  static byte[] autn(Sqn sqn, byte[] amf, Challenge c) {
    byte[] autn = new byte[16];
    byte[] sqnOctets = sqn.toBytes();
    for (int i = 0; i < 6; i++) {
      autn[i] = (byte) (sqnOctets[i] ^ c.ak()[i]);
    }
    autn[6] = amf[0];
    autn[7] = amf[1];
    System.arraycopy(c.macA(), 0, autn, 8, 8);
    return autn;
  }
}
