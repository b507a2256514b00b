package org.reactivehss.e2e;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * KASME recomputed for the tests, independently of the HSS code: TS 33.401 A.2, KDF of TS 33.220
 * B.2 = HMAC-SHA-256(CK || IK, FC 0x10 || SN id || 0x0003 || SQN xor AK || 0x0006).
 */
final class Kasme33401 {
  private Kasme33401() {}

  static byte[] derive(byte[] ckIk, byte[] plmn, byte[] autn) throws Exception {
    byte[] s = new byte[14];
    s[0] = 0x10;
    System.arraycopy(plmn, 0, s, 1, 3);
    s[5] = 0x03;
    System.arraycopy(autn, 0, s, 6, 6);
    s[13] = 0x06;
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(ckIk, "HmacSHA256"));
    return mac.doFinal(s);
  }
}
