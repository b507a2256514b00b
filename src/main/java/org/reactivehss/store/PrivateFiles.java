package org.reactivehss.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Directories (0700) and files (0600) only their owner may read, created without a readable moment.
 */
final class PrivateFiles {
  private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
  static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /**
   * Creates {@code dir} (and missing parents) 0700; an existing one is narrowed to 0700, since an
   * older version left it with the umask's permissions.
   */
  static void createDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (dir.getParent() != null) {
        Files.createDirectories(dir.getParent());
      }
      try {
        Files.createDirectory(dir, attribute(OWNER_ONLY_DIRECTORY));
      } catch (FileAlreadyExistsException createdMeanwhile) {
        // another start raced us to it: narrowed below like any existing directory
      }
    }
    if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY_DIRECTORY)) {
      LOG.warn("{} was readable by other accounts; narrowing it to 0700", dir);
      Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
    }
  }

  /**
   * Writes {@code text} to {@code file} all at once: a 0600 temporary file beside it (created with
   * those permissions, so never readable by others), synced, then renamed over it.
   */
  static void writeAtomically(Path file, String text) throws IOException {
    byte[] suffix = new byte[6];
    new SecureRandom().nextBytes(suffix);
    Path temporary =
        file.resolveSibling(file.getFileName() + ".tmp-" + HexFormat.of().formatHex(suffix));
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            attribute(OWNER_ONLY_FILE))) {
      channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(
        temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    // the rename itself must survive a crash, or a restart could find no file and generate another
    try (FileChannel directory =
        FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(
      Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
