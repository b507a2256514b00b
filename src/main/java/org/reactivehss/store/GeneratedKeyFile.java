package org.reactivehss.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded mode's own key-encryption key: 32 bytes from SecureRandom, base64 (the format
 * HSS_KEY_ENCRYPTION_KEY takes) in {@code <data-dir>/key-encryption-key}, created owner-only (0600,
 * directory 0700) at first start and read at every later one. The log names the file, never the
 * key. Blocking file I/O: call from a worker.
 */
final class GeneratedKeyFile {
  static final String NAME = "key-encryption-key";
  private static final Logger LOG = LoggerFactory.getLogger(GeneratedKeyFile.class);
  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  private GeneratedKeyFile() {}

  static byte[] loadOrCreate(Path dataDir) {
    Path directory = dataDir.toAbsolutePath();
    Path file = directory.resolve(NAME);
    try {
      if (Files.exists(file)) {
        requireOwnerOnly(file);
        byte[] key =
            KeyCiphers.parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        LOG.info("Key-encryption key: the one generated for this data directory, in {}", file);
        return key;
      }
      return create(directory, file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or create the key-encryption key file " + file, e);
    }
  }

  private static byte[] create(Path directory, Path file) throws IOException {
    PrivateFiles.createDirectory(directory);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    // owner-only from creation: the key is never in a file anyone else could open, even for a
    // moment
    PrivateFiles.writeAtomically(file, Base64.getEncoder().encodeToString(key) + "\n");
    LOG.warn(
        "Generated a key-encryption key for this data directory in {} (owner-only). Subscriber keys "
            + "cannot be opened without it: back it up with the data directory, or set HSS_KEY_ENCRYPTION_KEY "
            + "and rotate to it (docs/storage.md)",
        file);
    return key;
  }

  /**
   * Refuses a key file others could read, as ssh refuses a private key: the key would not be
   * secret.
   */
  private static void requireOwnerOnly(Path file) throws IOException {
    if (!disjoint(Files.getPosixFilePermissions(file))) {
      throw new IllegalArgumentException(
          "the key-encryption key file "
              + file
              + " is accessible to group or others; chmod 600 it");
    }
  }

  private static boolean disjoint(Set<PosixFilePermission> permissions) {
    return permissions.stream().noneMatch(GROUP_OR_OTHERS::contains);
  }
}
