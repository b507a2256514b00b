package org.reactivehss.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals K, OP and OPc at rest with AES-256-GCM (NIST SP 800-38D). A sealed value is
 * {@code key id (1) || IV (12, random) || ciphertext || tag (16)}; the IMSI is the associated data, so
 * a value copied onto another subscriber's row does not open. The key id lets old values stay readable
 * while the operator rotates to a new key (docs: rotation re-seals every row under the current key).
 */
public final class KeyCipher {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  /**
   * One decrypting Cipher per thread, re-initialised per value: Cipher.getInstance looks the
   * transformation up through the providers on every call, which profiling of the AIR path showed
   * costing more than the decryption itself. Re-using a Cipher for decryption is safe; GCM forbids
   * only re-using a key and IV to encrypt, and {@link #seal} keeps a fresh instance per call.
   */
  private static final ThreadLocal<Cipher> OPENING = ThreadLocal.withInitial(KeyCipher::newGcm);

  private final SecureRandom random = new SecureRandom();
  private final int currentId;
  private final Map<Integer, SecretKeySpec> keys;

  KeyCipher(int currentId, Map<Integer, SecretKeySpec> keys) {
    if (!keys.containsKey(currentId)) {
      throw new IllegalArgumentException("no key with the current key id " + currentId);
    }
    this.currentId = currentId;
    this.keys = Map.copyOf(keys);
  }

  int currentKeyId() {
    return currentId;
  }

  byte[] seal(String imsi, byte[] plain) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(imsi.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = new byte[1 + IV_BYTES + cipher.getOutputSize(plain.length)];
      sealed[0] = (byte) currentId;
      System.arraycopy(iv, 0, sealed, 1, IV_BYTES);
      cipher.doFinal(plain, 0, plain.length, sealed, 1 + IV_BYTES);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable: " + e.getClass().getSimpleName());
    }
  }

  /** Opens a sealed value; a wrong key, IMSI or tampered byte fails without revealing anything. */
  byte[] open(String imsi, byte[] sealed) {
    if (sealed == null) {
      return null;
    }
    if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8) {
      throw new StoreException(StoreFailure.UNAVAILABLE, "stored key of subscriber " + imsi + " is malformed");
    }
    SecretKeySpec key = keys.get(sealed[0] & 0xff);
    if (key == null) {
      throw new StoreException(StoreFailure.UNAVAILABLE,
          "stored key of subscriber " + imsi + " uses unknown key id " + (sealed[0] & 0xff));
    }
    try {
      Cipher cipher = OPENING.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES));
      cipher.updateAAD(imsi.getBytes(StandardCharsets.US_ASCII));
      return cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new StoreException(StoreFailure.UNAVAILABLE,
          "stored key of subscriber " + imsi + " does not open under key id " + (sealed[0] & 0xff));
    }
  }

  private static Cipher newGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable: " + e.getClass().getSimpleName());
    }
  }
}
