package org.reactivehss.auth;

/**
 * KASME derivation, TS 33.401 Annex A.2 with the KDF of TS 33.220 Annex B.2:
 *
 * <pre>
 *   KASME = HMAC-SHA-256(CK || IK, S)
 *   S = FC 0x10 || SN id (3 octets) || 0x0003 || SQN xor AK (6 octets) || 0x0006
 * </pre>
 *
 * The SN id is the serving PLMN id as it travels in Visited-PLMN-Id (MCC2|MCC1, MNC3|MCC3,
 * MNC2|MNC1).
 */
final class Kasme {
  private Kasme() {}

  static byte[] derive(byte[] ck, byte[] ik, byte[] servingPlmn, byte[] sqnXorAk) {
    byte[] s = new byte[14];
    s[0] = 0x10;
    System.arraycopy(servingPlmn, 0, s, 1, 3);
    s[5] = 0x03;
    System.arraycopy(sqnXorAk, 0, s, 6, 6);
    s[13] = 0x06;
    return Kdf.withCkIk(ck, ik, s);
  }
}
