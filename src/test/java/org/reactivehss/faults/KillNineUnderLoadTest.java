package org.reactivehss.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.E2eHss;

/**
 * The HSS killed with SIGKILL under S6a load, again and again: no SQN is ever issued twice, and
 * after every restart the SQNs continue above everything answered before the kill (docs/faults.md).
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class KillNineUnderLoadTest {
  private static final List<String> IMSIS =
      IntStream.range(0, 4).mapToObj(i -> "00101000000070" + i).toList();

  @TempDir Path work;

  @Test
  void fiveKillsUnderLoadNeverRepeatAnSqnWithAnExternalDatabase() throws Exception {
    StoreOptions db = TestDatabase.get().newDatabase();
    Map<String, String> env =
        Map.of(
            "HSS_DB_URL",
            "postgresql://postgres@localhost:" + TestDatabase.get().port() + "/" + db.database(),
            "HSS_KEY_ENCRYPTION_KEY",
            TestDatabase.TEST_KEY);
    List<List<AirAnswer>> runs = killRuns(env, 5);
    assertSqnsNeverRepeatAndRiseAfterEveryRestart(runs);
  }

  @Test
  void theEmbeddedDatabaseLeftRunningByAKilledHssIsTakenOverAndSqnsNeverRepeat() throws Exception {
    Path dataDir = work.resolve("data");
    Map<String, String> env =
        Map.of(
            "HSS_DB_DATA_DIR", dataDir.toString(), "HSS_KEY_ENCRYPTION_KEY", TestDatabase.TEST_KEY);
    try {
      // the second start finds the first one's postmaster still running on the directory
      List<List<AirAnswer>> runs = killRuns(env, 2);
      assertSqnsNeverRepeatAndRiseAfterEveryRestart(runs);
    } finally {
      stopPostmasterOf(dataDir.resolve("postgres"));
    }
  }

  /** {@code count} runs of start, load, SIGKILL on the same ports and database. */
  private List<List<AirAnswer>> killRuns(Map<String, String> env, int count) throws Exception {
    int diameterPort = E2eHss.freePort();
    int httpPort = E2eHss.freePort();
    Path log = work.resolve("hss.log");
    List<List<AirAnswer>> runs = new ArrayList<>();
    for (int run = 0; run < count; run++) {
      HssProcess hss = HssProcess.start(diameterPort, httpPort, env, log);
      List<AirAnswer> answers;
      try {
        if (run == 0) {
          for (String imsi : IMSIS) {
            hss.provision(imsi);
          }
        }
        answers = KillNineLoad.runUntilKilled(hss, IMSIS, "run" + run);
      } finally {
        hss.kill(); // already dead unless the run failed: then no HSS is left behind
      }
      System.out.printf(
          "kill -9 run %d: %d AIAs received before the kill, %d of them 2001%n",
          run + 1, answers.size(), answers.stream().filter(a -> a.code() == 2001).count());
      runs.add(answers);
    }
    return runs;
  }

  private static void assertSqnsNeverRepeatAndRiseAfterEveryRestart(List<List<AirAnswer>> runs) {
    Map<String, Long> highestBefore = new HashMap<>();
    Map<String, List<Long>> all = new HashMap<>();
    for (List<AirAnswer> run : runs) {
      assertThat(run).as("AIAs in every run").anySatisfy(a -> assertThat(a.code()).isEqualTo(2001));
      Map<String, List<Long>> byImsi = new HashMap<>();
      run.forEach(a -> byImsi.computeIfAbsent(a.imsi(), i -> new ArrayList<>()).addAll(a.sqns()));
      byImsi.forEach(
          (imsi, sqns) -> {
            long before = highestBefore.getOrDefault(imsi, -1L);
            assertThat(sqns)
                .as("SQNs of %s after the restart", imsi)
                .allSatisfy(s -> assertThat(s).isGreaterThan(before));
            highestBefore.put(imsi, sqns.stream().mapToLong(Long::longValue).max().orElse(before));
            all.computeIfAbsent(imsi, i -> new ArrayList<>()).addAll(sqns);
          });
    }
    all.forEach(
        (imsi, sqns) ->
            assertThat(sqns).as("SQNs of %s in all runs", imsi).doesNotHaveDuplicates());
  }

  /**
   * Test hygiene only: whatever happened, leave no PostgreSQL running on the temporary directory.
   */
  private static void stopPostmasterOf(Path postgresDir) throws Exception {
    Path pidFile = postgresDir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> postmaster =
        ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    if (postmaster.isPresent() && postmaster.get().destroy()) {
      postmaster.get().onExit().get(30, TimeUnit.SECONDS);
    }
  }
}
