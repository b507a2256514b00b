package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a postmaster whose owner is gone is stopped; the kill -9 case itself (a real leftover server
 * stopped and the next start serving) is KillNineUnderLoadTest's embedded-database test.
 */
class LeftoverPostmasterTest {
  @TempDir
  Path dir;

  @Test
  void aPostmasterWhoseOwnerIsAliveKeepsRunning() throws Exception {
    TestDatabase db = TestDatabase.get();
    LeftoverPostmaster.stopIfAny(db.dataDir(), Duration.ofSeconds(5));
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + db.port() + "/postgres",
        "postgres", "")) {
      assertThat(c.isValid(5)).isTrue();
    }
  }

  @Test
  void aPidFileNamingAProcessThatIsNotPostgresLeavesItAlone() throws Exception {
    // this JVM's own pid, as after pid reuse: stopping it would throw (destroying the current process
    // is refused) and fail the test
    Files.writeString(dir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dir + "\n");
    LeftoverPostmaster.stopIfAny(dir, Duration.ofSeconds(1));
  }

  @Test
  void aPidFileThatIsNotAPidIsIgnored() throws Exception {
    Files.writeString(dir.resolve("postmaster.pid"), "garbage\n");
    LeftoverPostmaster.stopIfAny(dir, Duration.ofSeconds(1));
  }
}
