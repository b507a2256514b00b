package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failover report finds the window without success around each fault, the requests never
 * answered, and an SQN issued twice to one IMSI even when the two vectors came from two replicas.
 */
class FailoverReportTest {
  @TempDir Path dir;

  @Test
  void aGapAroundTheFault_countsFromTheLastSuccessBeforeIt() throws Exception {
    Path r1 =
        write(
            "r1-air.rec",
            """
            # loadgen message air
            1000 2001 001010000000001 5
            1900 2001 001010000000001 37
            2500 4181 001010000000002 -
            4300 2001 001010000000002 69
            # sent 4 answered 4 unrecorded 0
            """);
    Recording recording = Recording.read(r1);

    assertThat(recording.longestGap(2000, Long.MAX_VALUE)).isEqualTo(4300 - 1900);
    assertThat(recording.longestGap(5000, Long.MAX_VALUE)).isEqualTo(-1);
    assertThat(recording.unanswered()).isZero();
    assertThat(recording.byResultCode()).containsEntry(2001L, 3L).containsEntry(4181L, 1L);
  }

  @Test
  void aFewAnswersRightAfterTheFault_doNotHideTheOutageThatFollows() throws Exception {
    Path r1 =
        write(
            "r1-air.rec",
            """
            1900 2001 001010000000001 5
            2010 2001 001010000000001 37
            2020 2001 001010000000001 69
            7020 2001 001010000000001 101
            9000 2001 001010000000001 133
            # sent 5 answered 5 unrecorded 0
            """);

    Recording recording = Recording.read(r1);

    assertThat(recording.longestGap(2000, 8000)).isEqualTo(7020 - 2020);
    assertThat(recording.longestGap(8000, Long.MAX_VALUE)).isEqualTo(9000 - 7020);
  }

  @Test
  void theSameSqnForOneImsiOnTwoReplicas_failsTheVerdict() throws Exception {
    Path events = write("events", "2000 kill-1\n");
    Path r1 =
        write("r1-air.rec", "1000 2001 001010000000001 37\n# sent 1 answered 1 unrecorded 0\n");
    Path r2 =
        write("r2-air.rec", "3000 2001 001010000000001 37\n# sent 1 answered 1 unrecorded 0\n");

    Run run = run(events, r1, r2);

    assertThat(run.status).isEqualTo(3);
    assertThat(run.out).contains("SQNs issued twice: 1").contains("verdict: FAIL");
  }

  @Test
  void theSameSqnForTwoImsis_isNoRepeat_andAllAnswered_passes() throws Exception {
    Path events = write("events", "2000 kill-1\n");
    Path r1 =
        write(
            "r1-air.rec",
            "1000 2001 001010000000001 37\n3000 2001 001010000000002 37\n"
                + "# sent 2 answered 2 unrecorded 0\n");

    Run run = run(events, r1);

    assertThat(run.status).isZero();
    assertThat(run.out).contains("| kill-1 | 2000 |").contains("verdict: PASS");
  }

  @Test
  void requestsNeverAnswered_failTheVerdict() throws Exception {
    Path events = write("events", "");
    Path r1 =
        write("r1-air.rec", "1000 2001 001010000000001 37\n# sent 3 answered 1 unrecorded 0\n");

    Run run = run(events, r1);

    assertThat(run.status).isEqualTo(3);
    assertThat(run.out).contains("unanswered 2");
  }

  @Test
  void aRecordingCutShort_isUnreadableInput() throws Exception {
    Path events = write("events", "");
    Path r1 = write("r1-air.rec", "1000 2001 001010000000001 37\n");

    assertThat(run(events, r1).status).isEqualTo(2);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private record Run(int status, String out) {}

  private static Run run(Path... files) {
    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String[] args = new String[files.length];
    for (int i = 0; i < files.length; i++) {
      args[i] = files[i].toString();
    }
    try {
      System.setOut(new PrintStream(out, true));
      return new Run(FailoverReport.run(args), out.toString());
    } finally {
      System.setOut(saved);
    }
  }
}
