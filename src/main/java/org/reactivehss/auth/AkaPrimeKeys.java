package org.reactivehss.auth;

import java.nio.charset.StandardCharsets;

/**
 * CK' and IK' for EAP-AKA', TS 33.402 Annex A.2 (RFC 5448 §3.3, RFC 9048) with the KDF of TS 33.220
 * Annex B.2:
 *
 * <pre>
 *   CK' || IK' = HMAC-SHA-256(CK || IK, S)        CK' the first 128 bits, IK' the last 128
 *   S = FC 0x20 || P0 access network identity || L0 (2 octets) || P1 SQN xor AK || L1 0x0006
 * </pre>
 *
 * P0 is the access network identity (ANID, TS 24.302 §8.1.1, e.g. "WLAN") in UTF-8, as the ANID AVP
 * carries it. Pinned by the RFC 5448 Appendix C cases (AkaPrimeKeysTest).
 */
public final class AkaPrimeKeys {
  /** TS 33.402 Annex A.2: the FC value of the CK'/IK' derivation. */
  static final byte FC = 0x20;

  /** TS 24.302 §8.1.1 bounds the access network identity; L0 (16 bits) could carry more. */
  public static final int MAX_ANID_OCTETS = 253;

  private AkaPrimeKeys() {}

  /** CK' || IK' (32 octets) from CK, IK (16 each), the ANID and SQN xor AK (6 octets). */
  public static byte[] derive(byte[] ck, byte[] ik, String accessNetworkId, byte[] sqnXorAk) {
    byte[] p0 = accessNetworkId.getBytes(StandardCharsets.UTF_8);
    if (p0.length == 0 || p0.length > MAX_ANID_OCTETS) {
      throw new IllegalArgumentException("access network identity must be 1.." + MAX_ANID_OCTETS);
    }
    byte[] s = new byte[1 + p0.length + 2 + 6 + 2];
    s[0] = FC;
    System.arraycopy(p0, 0, s, 1, p0.length);
    int at = 1 + p0.length;
    s[at] = (byte) (p0.length >>> 8);
    s[at + 1] = (byte) p0.length;
    System.arraycopy(sqnXorAk, 0, s, at + 2, 6);
    s[at + 8] = 0x00;
    s[at + 9] = 0x06;
    return Kdf.withCkIk(ck, ik, s);
  }
}
