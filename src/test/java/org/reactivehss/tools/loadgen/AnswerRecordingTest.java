package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.testing.E2eHss;

/**
 * The load generator's recording against a real HSS: every AIR it sent is answered and recorded
 * with the SQN its vector carries, checked like a USIM (MAC-A), and no IMSI got one SQN twice: what
 * the failover report counts after a database failover.
 */
@Timeout(60)
class AnswerRecordingTest {
  @TempDir Path dir;

  @Test
  void airsRecordedWithTheirSqns_areAllAnswered_andNoSqnRepeatsForAnImsi() throws Exception {
    try (E2eHss hss = new E2eHss()) {
      for (int i = 0; i < 3; i++) {
        String imsi = String.format("00101000000000%d", i);
        String json =
            "{\"imsi\":\""
                + imsi
                + "\",\"k\":\""
                + LoadOptions.TEST_SET_1_K
                + "\",\"opc\":\""
                + LoadOptions.TEST_SET_1_OPC
                + "\",\"amf\":\"8000\"}";
        assertThat(hss.provision(imsi, json)).isEqualTo(201);
      }
      Path record = dir.resolve("r1-air.rec");

      int status =
          LoadGenerator.run(
              new String[] {
                "--port",
                String.valueOf(hss.diameterPort),
                "--message",
                "air",
                "--connections",
                "1",
                "--window",
                "2",
                "--warmup",
                "0",
                "--duration",
                "1",
                "--first-imsi",
                "001010000000000",
                "--subscribers",
                "3",
                "--record",
                record.toString()
              });

      assertThat(status).isZero();
      Recording recording = Recording.read(record);
      assertThat(recording.sent()).isPositive().isEqualTo(recording.answered());
      assertThat(recording.byResultCode()).containsOnlyKeys(2001L);
      assertThat(recording.badMacs()).isZero();
      assertThat(recording.issuedSqns()).hasSize((int) recording.answered());
      Set<String> distinct = new HashSet<>(recording.issuedSqns());
      assertThat(distinct).hasSameSizeAs(recording.issuedSqns());
    }
  }
}
