package org.reactivehss.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values as the previous version sealed them ({@code key id || IV || ciphertext || tag}, the IMSI
 * alone as associated data), written here from the format's description so that tests can build the
 * data directories and databases that version left behind.
 */
final class PreviousFormat {
  /** The previous version's public development key: SHA-256 of its seed, as hex. */
  static final String DEVELOPMENT_KEY = developmentKey();

  private PreviousFormat() {}

  static byte[] seal(String key, int keyId, String imsi, byte[] plain) {
    try {
      byte[] iv = new byte[12];
      new SecureRandom().nextBytes(iv);
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(KeyCiphers.parse(key, "test key"), "AES"),
          new GCMParameterSpec(128, iv));
      gcm.updateAAD(imsi.getBytes(StandardCharsets.US_ASCII));
      byte[] body = gcm.doFinal(plain);
      byte[] sealed = new byte[1 + iv.length + body.length];
      sealed[0] = (byte) keyId;
      System.arraycopy(iv, 0, sealed, 1, iv.length);
      System.arraycopy(body, 0, sealed, 1 + iv.length, body.length);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String developmentKey() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(
                      "reactive-hss development key-encryption key, not secret"
                          .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
