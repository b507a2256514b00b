package org.reactivehss.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * Seals K, OP and OPc at rest with AES-256-GCM (NIST SP 800-38D). A sealed value is {@code 0x00
 * (format) || key id (1) || IV (12, random) || ciphertext || tag (16)}; the associated data is the
 * two header bytes and {@code "<imsi>|<column>"}, so a value copied onto another subscriber's row,
 * or into another column of the same row (K into OPc), does not open. The key id lets old values
 * stay readable while the operator rotates to a new key (docs/storage.md: re-sealing moves every
 * row to the current key).
 *
 * <p>Values of the previous format ({@code key id || IV || ciphertext || tag}, IMSI-only associated
 * data) start with their key id, 1..255, never 0: {@link #open} refuses them, so nothing is ever
 * opened without its column binding; only {@link #openAnyFormat} (the re-sealing that upgrades
 * them, see {@link KeyResealer}) reads them, with the keys of {@code legacyKeys}.
 */
final class KeyCipher {
  /** The column a value is sealed for; its name is part of the associated data. */
  enum Column {
    K,
    OP,
    OPC
  }

  /** Byte 0 of every value this version seals. */
  static final int FORMAT = 0;

  static final int HEADER_BYTES = 2;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int OVERHEAD = IV_BYTES + TAG_BITS / 8;

  /** The known plaintext of a key-check value (docs/storage.md "Key checks"). */
  private static final byte[] CHECK_PLAIN = new byte[16];

  /**
   * One decrypting Cipher per thread, re-initialised per value: Cipher.getInstance looks the
   * transformation up through the providers on every call, which profiling of the AIR path showed
   * costing more than the decryption itself. Re-using a Cipher for decryption is safe.
   */
  private static final ThreadLocal<Cipher> OPENING = ThreadLocal.withInitial(KeyCipher::newGcm);

  /**
   * One encrypting Cipher per thread, for the same reason (a bulk import seals two or three values
   * per line on the worker threads). GCM forbids re-using a key and IV to encrypt, not re-using the
   * instance: every {@link #seal} initialises it with a fresh random IV.
   */
  private static final ThreadLocal<Cipher> SEALING = ThreadLocal.withInitial(KeyCipher::newGcm);

  private final SecureRandom random = new SecureRandom();
  private final int currentId;
  private final Map<Integer, SecretKeySpec> keys;
  private final Map<Integer, SecretKeySpec> legacyKeys;
  private final Set<Integer> verified;

  KeyCipher(
      int currentId, Map<Integer, SecretKeySpec> keys, Map<Integer, SecretKeySpec> legacyKeys) {
    this(currentId, keys, legacyKeys, keys.keySet());
  }

  private KeyCipher(
      int currentId,
      Map<Integer, SecretKeySpec> keys,
      Map<Integer, SecretKeySpec> legacyKeys,
      Set<Integer> verified) {
    if (!keys.containsKey(currentId)) {
      throw new IllegalArgumentException("no key with the current key id " + currentId);
    }
    this.currentId = currentId;
    this.keys = Map.copyOf(keys);
    this.legacyKeys = Map.copyOf(legacyKeys);
    this.verified = Set.copyOf(verified);
  }

  int currentKeyId() {
    return currentId;
  }

  /** Every key id this cipher holds a key for (current and retired), in order. */
  Set<Integer> configuredIds() {
    return new TreeSet<>(keys.keySet());
  }

  /**
   * The key ids the start-time check confirmed ({@link KeyAudit}); the SQN statements serve only
   * these.
   */
  Set<Integer> verifiedIds() {
    return new TreeSet<>(verified);
  }

  /** The same keys, serving only {@code ids} (those of them this cipher holds). */
  KeyCipher withVerified(Set<Integer> ids) {
    Set<Integer> held = new TreeSet<>(ids);
    held.retainAll(keys.keySet());
    return new KeyCipher(currentId, keys, legacyKeys, held);
  }

  /** The two header bytes of a value sealed under {@code keyId}. */
  static byte[] header(int keyId) {
    return new byte[] {FORMAT, (byte) keyId};
  }

  byte[] seal(String imsi, Column column, byte[] plain) {
    return seal(currentId, aad(currentId, imsi + "|" + column.name().toLowerCase()), plain);
  }

  /**
   * Opens a value of the current format; a wrong key, IMSI, column or tampered byte fails alike.
   */
  byte[] open(String imsi, Column column, byte[] sealed) {
    if (sealed == null) {
      return null;
    }
    if (sealed.length < HEADER_BYTES + OVERHEAD || sealed[0] != FORMAT) {
      throw HssFailure.of(
          FailureKind.KEYS_UNUSABLE,
          "stored " + column + " of subscriber " + imsi + " is not in the current sealed format");
    }
    int id = sealed[1] & 0xff;
    return openWith(
        keys.get(id),
        id,
        sealed,
        HEADER_BYTES,
        aad(id, imsi + "|" + column.name().toLowerCase()),
        imsi);
  }

  /** As {@link #open}, and also the previous format (IMSI-only associated data), for re-sealing. */
  byte[] openAnyFormat(String imsi, Column column, byte[] sealed) {
    if (sealed == null || sealed.length == 0 || sealed[0] == FORMAT) {
      return open(imsi, column, sealed);
    }
    if (sealed.length < 1 + OVERHEAD) {
      throw HssFailure.of(
          FailureKind.KEYS_UNUSABLE, "stored key of subscriber " + imsi + " is malformed");
    }
    int id = sealed[0] & 0xff;
    return openWith(
        legacyKeys.get(id), id, sealed, 1, imsi.getBytes(StandardCharsets.US_ASCII), imsi);
  }

  /**
   * A known value sealed under {@code keyId}, stored once per key id so a changed key shows at
   * start.
   */
  byte[] checkValue(int keyId) {
    return seal(keyId, aad(keyId, "key-check"), CHECK_PLAIN);
  }

  /**
   * True when {@code sealed} is this cipher's check value for {@code keyId}, i.e. the key is the
   * one used before.
   */
  boolean opensCheckValue(int keyId, byte[] sealed) {
    try {
      return sealed.length == HEADER_BYTES + CHECK_PLAIN.length + OVERHEAD
          && sealed[0] == FORMAT
          && (sealed[1] & 0xff) == keyId
          && Arrays.equals(
              CHECK_PLAIN,
              openWith(
                  keys.get(keyId),
                  keyId,
                  sealed,
                  HEADER_BYTES,
                  aad(keyId, "key-check"),
                  "key check"));
    } catch (HssFailure doesNotOpen) {
      return false;
    }
  }

  private byte[] seal(int keyId, byte[] aad, byte[] plain) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = SEALING.get();
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(keyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(aad);
      byte[] sealed = new byte[HEADER_BYTES + IV_BYTES + cipher.getOutputSize(plain.length)];
      System.arraycopy(header(keyId), 0, sealed, 0, HEADER_BYTES);
      System.arraycopy(iv, 0, sealed, HEADER_BYTES, IV_BYTES);
      cipher.doFinal(plain, 0, plain.length, sealed, HEADER_BYTES + IV_BYTES);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable: " + e.getClass().getSimpleName());
    }
  }

  private static byte[] openWith(
      SecretKeySpec key, int id, byte[] sealed, int ivAt, byte[] aad, String imsi) {
    if (key == null) {
      throw HssFailure.of(
          FailureKind.KEYS_UNUSABLE,
          "stored key of subscriber " + imsi + " uses unknown key id " + id);
    }
    try {
      Cipher cipher = OPENING.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, ivAt, IV_BYTES));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed, ivAt + IV_BYTES, sealed.length - ivAt - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw HssFailure.of(
          FailureKind.KEYS_UNUSABLE,
          "stored key of subscriber " + imsi + " does not open under key id " + id);
    }
  }

  /** The header bytes and the binding text: the header is authenticated too, not only used. */
  private static byte[] aad(int keyId, String binding) {
    byte[] text = binding.getBytes(StandardCharsets.US_ASCII);
    byte[] aad = new byte[HEADER_BYTES + text.length];
    System.arraycopy(header(keyId), 0, aad, 0, HEADER_BYTES);
    System.arraycopy(text, 0, aad, HEADER_BYTES, text.length);
    return aad;
  }

  private static Cipher newGcm() {
    try {
      return Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM unavailable: " + e.getClass().getSimpleName());
    }
  }
}
