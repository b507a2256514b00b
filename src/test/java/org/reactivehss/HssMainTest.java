package org.reactivehss;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code java -jar hss.jar loadgen ...} runs the load generator, not the HSS: the first argument
 * picks the subcommand, and the load generator's own option parsing answers. No server is started
 * here.
 */
@Timeout(30)
class HssMainTest {

  @Test
  void loadgenHelp_printsTheLoadGeneratorOptions_andExits0() {
    Captured run = capture(() -> HssMain.runCommand(new String[] {"loadgen", "--help"}));

    assertThat(run.status()).hasValue(0);
    assertThat(run.out()).contains("usage: java -jar hss.jar loadgen").contains("--message M");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void loadgenWithAnUnknownOption_namesIt_andExits2() {
    Captured run = capture(() -> HssMain.runCommand(new String[] {"loadgen", "--mesage", "air"}));

    assertThat(run.status()).hasValue(2);
    assertThat(run.err()).contains("load generator: unknown option --mesage").contains("usage:");
  }

  @Test
  void loadgenWithNoHssListening_saysSo_andExits1() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }

    Captured run =
        capture(
            () ->
                HssMain.runCommand(
                    new String[] {
                      "loadgen",
                      "--port",
                      String.valueOf(closedPort),
                      "--connections",
                      "1",
                      "--warmup",
                      "0",
                      "--duration",
                      "1"
                    }));

    assertThat(run.status()).hasValue(1);
    assertThat(run.err()).contains("could not open 1 connections to 127.0.0.1:" + closedPort);
  }

  @Test
  void configOptionsAlone_nameNoSubcommand_soTheHssServes() {
    assertThat(HssMain.runCommand(new String[] {"--config", "conf/hss.yaml"})).isEmpty();
    assertThat(HssMain.runCommand(new String[0])).isEmpty();
  }

  private record Captured(OptionalInt status, String out, String err) {}

  private static Captured capture(Supplier<OptionalInt> command) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(outBytes, true, UTF_8));
    System.setErr(new PrintStream(errBytes, true, UTF_8));
    try {
      OptionalInt status = command.get();
      return new Captured(status, outBytes.toString(UTF_8), errBytes.toString(UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
