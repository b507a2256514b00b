package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.tools.loadgen.LoadGenerator;

/**
 * The load generator's {@code --message udr} against a whole HSS, for one second on one connection
 * with one request at a time (a smoke check, not a measurement): every UDR is answered 2001, so the
 * requests are what benchmarks/sh-udr.sh provisions them for.
 */
@Timeout(120)
class ShUdrLoadSmokeTest {

  @Test
  void udrMode_isAnswered2001_forProvisionedImsSubscribers() throws Exception {
    try (E2eHss hss = new E2eHss()) {
      for (int i = 0; i < 2; i++) {
        String imsi = "00101000000000" + i;
        assertThat(
                hss.provision(
                    imsi,
                    CxScscf.subscriber(
                        imsi, imsi + "@ims.localdomain", "", "sip:" + imsi + "@ims.localdomain")))
            .isEqualTo(201);
      }
      assertThat(
              hss.send(
                      "PUT",
                      "/api/v1/sh/permissions/bench-0.localdomain",
                      "{\"udr\":[\"IMSUserState\"]}")
                  .statusCode())
          .isEqualTo(201);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream console = System.out;
      int code;
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      try {
        code =
            LoadGenerator.run(
                new String[] {
                  "--port", String.valueOf(hss.diameterPort),
                  "--message", "udr",
                  "--subscribers", "2",
                  "--connections", "1",
                  "--window", "1",
                  "--warmup", "0",
                  "--duration", "1"
                });
      } finally {
        System.setOut(console);
      }
      String report = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(report).isZero();
      assertThat(report).containsPattern("result codes \\(whole run\\): \\{2001=[0-9]+\\}");
    }
  }
}
