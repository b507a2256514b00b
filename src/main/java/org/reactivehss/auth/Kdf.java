package org.reactivehss.auth;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key derivation function of TS 33.220 Annex B.2 keyed with CK || IK, as KASME (TS 33.401 Annex
 * A.2) and CK' || IK' (TS 33.402 Annex A.2) both use it:
 *
 * <pre>
 *   derived key = HMAC-SHA-256(CK || IK, S)      S = FC || P0 || L0 || ... || Pn || Ln
 * </pre>
 *
 * Each caller builds its own S. One Mac per thread: the auth workers derive concurrently and a Mac
 * is not thread-safe.
 */
final class Kdf {
  private static final ThreadLocal<Mac> HMACS = ThreadLocal.withInitial(Kdf::newMac);

  private Kdf() {}

  /** HMAC-SHA-256 over {@code s} keyed with CK || IK (16 octets each): 32 octets. */
  static byte[] withCkIk(byte[] ck, byte[] ik, byte[] s) {
    byte[] key = new byte[32];
    System.arraycopy(ck, 0, key, 0, 16);
    System.arraycopy(ik, 0, key, 16, 16);
    Mac mac = HMACS.get();
    try {
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      // no cause: the provider's message could quote the key
      throw new IllegalStateException("HMAC key rejected", null);
    }
    return mac.doFinal(s);
  }

  private static Mac newMac() {
    try {
      return Mac.getInstance("HmacSHA256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
