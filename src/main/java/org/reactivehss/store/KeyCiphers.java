package org.reactivehss.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the {@link KeyCipher} from options. Without a configured key, the embedded mode uses a
 * random key of its own kept in the data directory ({@link GeneratedKeyFile}); an external database
 * without a key is refused.
 */
final class KeyCiphers {
  /**
   * The key earlier versions used in embedded mode without a configured key. It is public, so it
   * protects nothing: it is kept only to open values of the previous format in such a data
   * directory once, when the first start of this version re-seals them under the generated key;
   * nothing is ever sealed with it.
   */
  private static final String DEVELOPMENT_KEY_SEED =
      "reactive-hss development key-encryption key, not secret";

  private KeyCiphers() {}

  /**
   * Blocking when the embedded mode has no configured key (reads or creates the key file): call
   * from a worker.
   */
  static KeyCipher from(StoreOptions options) {
    requireDistinctIds(options);
    Map<Integer, SecretKeySpec> keys = new HashMap<>();
    options
        .retiredKeys()
        .forEach((id, value) -> keys.put(id, aes(parse(value, "retired key " + id))));
    Map<Integer, SecretKeySpec> legacy = new HashMap<>(keys);
    if (options.keyEncryptionKey() == null || options.keyEncryptionKey().isBlank()) {
      if (!options.embedded()) {
        throw new IllegalArgumentException(
            "HSS_KEY_ENCRYPTION_KEY is not set: an external database needs "
                + "a 32-byte key-encryption key (base64 or 64 hex digits) to protect K/OP/OPc at rest");
      }
      keys.put(options.keyId(), aes(GeneratedKeyFile.loadOrCreate(Path.of(options.dataDir()))));
      // earlier versions sealed with the public development key under this id in this mode
      legacy.put(options.keyId(), aes(developmentKey()));
    } else {
      keys.put(options.keyId(), aes(parse(options.keyEncryptionKey(), "HSS_KEY_ENCRYPTION_KEY")));
      legacy.put(options.keyId(), keys.get(options.keyId()));
    }
    return new KeyCipher(options.keyId(), keys, legacy);
  }

  /**
   * One key per id: a retired key under the current id would replace the current key, and a
   * rotation after a compromise would then go on sealing new rows with the compromised key.
   */
  private static void requireDistinctIds(StoreOptions options) {
    if (options.keyId() < 1 || options.keyId() > 255) {
      throw new IllegalArgumentException("key ids are 1..255, got " + options.keyId());
    }
    for (int id : options.retiredKeys().keySet()) {
      if (id < 1 || id > 255) {
        throw new IllegalArgumentException("key ids are 1..255, got " + id);
      }
      if (id == options.keyId()) {
        throw new IllegalArgumentException(
            "security.retired-keys holds key id "
                + id
                + ", which is the "
                + "current key id (security.key-id): give the new key an id of its own and retire the old one "
                + "under its id");
      }
    }
  }

  /** Accepts 64 hex digits or base64 of exactly 32 bytes; the message never echoes the value. */
  static byte[] parse(String text, String name) {
    String trimmed = text.trim();
    byte[] key;
    try {
      key =
          trimmed.matches("[0-9a-fA-F]{64}")
              ? HexFormat.of().parseHex(trimmed)
              : Base64.getDecoder().decode(trimmed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + " is neither 64 hex digits nor base64");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(name + " must be 32 bytes (AES-256), got " + key.length);
    }
    return key;
  }

  private static byte[] developmentKey() {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SecretKeySpec aes(byte[] key) {
    return new SecretKeySpec(key, "AES");
  }
}
