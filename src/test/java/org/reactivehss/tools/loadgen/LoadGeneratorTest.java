package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A load generator that cannot reach the HSS says so and ends, instead of waiting forever; options
 * it cannot use are refused by name.
 */
class LoadGeneratorTest {

  @Test
  @Timeout(30)
  void withNoHssListening_itEndsWithExitCode1() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    int code =
        LoadGenerator.run(
            new String[] {
              "--port",
              String.valueOf(closedPort),
              "--message",
              "dwr",
              "--connections",
              "2",
              "--window",
              "1",
              "--warmup",
              "0",
              "--duration",
              "1"
            });
    assertThat(code).isEqualTo(1);
  }

  @Test
  void anOptionWithoutItsValue_isRefused_insteadOfIgnored() {
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--port", "3868", "--rate"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rate needs a value");
  }

  @Test
  void aNumberOptionWithText_namesTheOption() {
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--window", "many"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--window must be a whole number, got many");
  }
}
