package org.reactivehss.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 programs bundled in the jar (zonky's binaries archive), unpacked into the HSS's
 * own data directory rather than zonky's shared, world-writable cache under /tmp: programs that
 * root runs must not be replaceable by another local account. Blocking: call from a worker.
 */
final class PostgresBinaries {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);

  /** Written last: a directory without it is a partial unpack and is redone. */
  private static final String COMPLETE = ".complete";

  /**
   * The last directory this JVM unpacked to or found complete. Another data directory in the same
   * JVM (tests start many) gets hard links to it instead of a new 60 MB unpack; the links outlive
   * it.
   */
  private static volatile Unpacked lastUnpacked;

  private record Unpacked(String digest, Path home) {}

  private final Path home;

  private PostgresBinaries(Path home) {
    this.home = home;
  }

  /** The binaries under {@code parent}/pgsql/{digest}, unpacked there unless already complete. */
  static PostgresBinaries unpackedUnder(Path parent) throws IOException {
    Unpacked known = lastUnpacked;
    byte[] archive = null;
    String digest;
    if (known != null) {
      digest = known.digest();
    } else {
      archive = archive();
      digest = digest(archive);
    }
    Path versions = parent.resolve("pgsql");
    Path home = versions.resolve(digest);
    if (!Files.exists(home.resolve(COMPLETE))) {
      PrivateFiles.createDirectory(versions);
      deleteTree(home);
      if (known == null
          || !Files.exists(known.home().resolve(COMPLETE))
          || !linked(known.home(), home)) {
        LOG.info("Unpacking the bundled PostgreSQL into {}", home);
        unpack(archive != null ? archive : archive(), home);
      }
      Files.createFile(home.resolve(COMPLETE));
      removeOtherVersions(versions, home);
    }
    lastUnpacked = new Unpacked(digest, home);
    return new PostgresBinaries(home);
  }

  /**
   * The command line running {@code program}. PostgreSQL refuses to run as root; as zonky does,
   * root runs it in a new user namespace (unshare -U), where it is an unprivileged user that still
   * owns the files it creates.
   */
  List<String> command(String program, List<String> args) {
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(home.resolve("bin").resolve(program).toString());
    command.addAll(args);
    return command;
  }

  private static byte[] archive() throws IOException {
    try (InputStream in =
        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
      return in.readAllBytes();
    }
  }

  /**
   * A copy of {@code from} in {@code to} made of hard links; false (and nothing left) when links
   * fail.
   */
  private static boolean linked(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.filter(p -> !p.getFileName().toString().equals(COMPLETE)).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isSymbolicLink(source)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(source));
        } else if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createLink(target, source);
        }
      }
      return true;
    } catch (IOException | UnsupportedOperationException otherFileSystem) {
      deleteTree(to);
      return false;
    }
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return "amd64".equals(arch) ? "x86_64" : arch;
  }

  private static String digest(byte[] archive) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void unpack(byte[] archive, Path home) throws IOException {
    PrivateFiles.createDirectory(home);
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = home.resolve(entry.getName()).normalize();
        if (!target.startsWith(home)) {
          throw new IOException("archive entry outside its directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
          if (!target.getParent().resolve(entry.getLinkName()).normalize().startsWith(home)) {
            throw new IOException("archive link outside its directory: " + entry.getName());
          }
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
        } else if (entry.isFile()) {
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            tar.transferTo(out);
          }
          if ((entry.getMode() & 0100) != 0) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
          }
        }
      }
    }
  }

  private static void removeOtherVersions(Path versions, Path keep) throws IOException {
    try (Stream<Path> children = Files.list(versions)) {
      for (Path old : children.filter(p -> !p.equals(keep)).toList()) {
        deleteTree(old);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
