package org.reactivehss.auth;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 block encryption (the Milenage kernel E_K, TS 35.206 §4.1) with one {@link Cipher} per
 * thread: getting a Cipher is slow, initialising one with a new key is cheap, and a thread-confined
 * instance needs no lock on the event loop.
 */
final class Aes128 {
  private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(Aes128::newCipher);

  private final Cipher cipher;

  private Aes128(Cipher cipher) {
    this.cipher = cipher;
  }

  /** The calling thread's cipher keyed with {@code k}; use it on this thread only. */
  static Aes128 keyed(byte[] k) {
    Cipher cipher = CIPHERS.get();
    try {
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES key rejected", null);
    }
    return new Aes128(cipher);
  }

  /** Encrypts one 16-octet block from {@code in} into {@code out} (they may be the same array). */
  void encrypt(byte[] in, byte[] out) {
    try {
      cipher.doFinal(in, 0, 16, out, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES block encryption failed", null);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/ECB/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/ECB/NoPadding is not available", e);
    }
  }
}
