package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a postmaster whose owner is gone is stopped. A stand-in postmaster (a copy of sleep(1) named
 * "postgres", which is what LeftoverPostmaster recognises) makes each case observable: every test
 * also shows the same directory with a stoppable postmaster being stopped, so none passes by doing
 * nothing. The kill -9 case itself (a real leftover server stopped and the next start serving) is
 * KillNineUnderLoadTest's embedded-database test.
 */
class LeftoverPostmasterTest {
  private static final Duration WAIT = Duration.ofSeconds(5);

  @TempDir Path dir;
  private Path dataDir;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void createDataDirectory() throws IOException {
    dataDir = Files.createDirectory(dir.resolve("pgdata"));
  }

  @AfterEach
  void stopWhatIsStillRunning() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void aPostmasterIsStoppedOnlyOnceTheOwnerHoldingItsDirectoryIsGone() throws Exception {
    // GIVEN a postmaster on the directory and an owner (here this JVM) holding its epg-lock
    Process postmaster = start(standInPostmaster());
    writePidFile(postmaster.pid());
    try (FileChannel channel =
            FileChannel.open(
                dataDir.resolve(EmbeddedDatabase.LOCK_FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock ownerLock = channel.lock()) {
      // WHEN a start looks for a leftover while the owner lives
      LeftoverPostmaster.stopIfAny(dataDir, WAIT);
      // THEN the owner's postmaster keeps running
      assertThat(postmaster.isAlive()).as("postmaster of a live owner").isTrue();
    }
    // WHEN the owner is gone (its lock released, as the kernel does when a process dies)
    LeftoverPostmaster.stopIfAny(dataDir, WAIT);
    // THEN the leftover is stopped
    assertThat(postmaster.waitFor(WAIT.toSeconds(), SECONDS))
        .as("leftover postmaster stopped")
        .isTrue();
  }

  @Test
  void aPidFileNamingAProcessThatIsNotPostgresLeavesItAlone() throws Exception {
    // GIVEN postmaster.pid naming a live process that is not postgres, as after pid reuse
    Process other = start(Path.of("/usr/bin/sleep"));
    writePidFile(other.pid());
    // WHEN
    LeftoverPostmaster.stopIfAny(dataDir, WAIT);
    // THEN it keeps running, where a postmaster named by the same file is stopped
    assertThat(other.isAlive()).as("process that is not postgres").isTrue();
    assertStopsAPostmasterTheFileNames();
  }

  @Test
  void aPidFileThatIsNotAPidIsIgnored() throws Exception {
    // GIVEN a postmaster running but a postmaster.pid that names no pid
    Process postmaster = start(standInPostmaster());
    Files.writeString(dataDir.resolve("postmaster.pid"), "garbage\n" + postmaster.pid() + "\n");
    // WHEN
    LeftoverPostmaster.stopIfAny(dataDir, WAIT);
    // THEN nothing is stopped (and nothing thrown), where a file naming that postmaster stops it
    assertThat(postmaster.isAlive()).as("process not named by a pid").isTrue();
    assertStopsAPostmasterTheFileNames();
  }

  private void assertStopsAPostmasterTheFileNames() throws Exception {
    Process postmaster = start(standInPostmaster());
    writePidFile(postmaster.pid());
    LeftoverPostmaster.stopIfAny(dataDir, WAIT);
    assertThat(postmaster.waitFor(WAIT.toSeconds(), SECONDS))
        .as("postmaster named by postmaster.pid stopped")
        .isTrue();
  }

  /**
   * A copy of sleep(1) at a path ending in /postgres: a process LeftoverPostmaster takes for a
   * postmaster.
   */
  private Path standInPostmaster() throws IOException {
    Path postgres = dir.resolve("bin/postgres");
    if (!Files.exists(postgres)) {
      Files.createDirectories(postgres.getParent());
      Files.copy(Path.of("/usr/bin/sleep"), postgres);
      assertThat(postgres.toFile().setExecutable(true)).isTrue();
    }
    return postgres;
  }

  private Process start(Path program) throws IOException {
    Process process = new ProcessBuilder(program.toString(), "60").start();
    started.add(process);
    return process;
  }

  private void writePidFile(long pid) throws IOException {
    Files.writeString(dataDir.resolve("postmaster.pid"), pid + "\n" + dataDir + "\n");
  }
}
