package org.reactivehss.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the {@link KeyCipher} from options, and refuses to run an external database unencrypted-by-default. */
final class KeyCiphers {
  private static final Logger LOG = LoggerFactory.getLogger(KeyCiphers.class);
  /** Public on purpose: it protects nothing, it only keeps the embedded demo runnable without setup. */
  private static final String DEVELOPMENT_KEY_SEED = "reactive-hss development key-encryption key, not secret";

  private KeyCiphers() {
  }

  static KeyCipher from(StoreOptions options) {
    Map<Integer, SecretKeySpec> keys = new HashMap<>();
    if (options.keyEncryptionKey() == null || options.keyEncryptionKey().isBlank()) {
      if (!options.embedded()) {
        throw new IllegalArgumentException("HSS_KEY_ENCRYPTION_KEY is not set: an external database needs "
            + "a 32-byte key-encryption key (base64 or 64 hex digits) to protect K/OP/OPc at rest");
      }
      LOG.warn("No key-encryption key configured: sealing K/OP/OPc with the PUBLIC DEVELOPMENT KEY. "
          + "Anyone with the database files can read subscriber keys. Set HSS_KEY_ENCRYPTION_KEY for real use.");
      keys.put(options.keyId(), aes(developmentKey()));
    } else {
      keys.put(options.keyId(), aes(parse(options.keyEncryptionKey(), "HSS_KEY_ENCRYPTION_KEY")));
    }
    options.retiredKeys().forEach((id, value) -> keys.put(id, aes(parse(value, "retired key " + id))));
    for (int id : keys.keySet()) {
      if (id < 1 || id > 255) {
        throw new IllegalArgumentException("key ids are 1..255, got " + id);
      }
    }
    return new KeyCipher(options.keyId(), keys);
  }

  /** Accepts 64 hex digits or base64 of exactly 32 bytes; the message never echoes the value. */
  static byte[] parse(String text, String name) {
    String trimmed = text.trim();
    byte[] key;
    try {
      key = trimmed.matches("[0-9a-fA-F]{64}") ? HexFormat.of().parseHex(trimmed)
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
      return MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_KEY_SEED.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SecretKeySpec aes(byte[] key) {
    return new SecretKeySpec(key, "AES");
  }
}
