package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.net.StartupProblem;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.E2eHss;

/**
 * A port already in use stops the start with one sentence naming the listener, the port, the
 * setting and its environment variable (before: Netty's "bind(..) failed with error(-98)" and a
 * stack trace).
 */
@Timeout(120)
class PortInUseTest {

  @Test
  void httpPortInUse_failsTheStart_namingPortSettingAndVariable() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () ->
                  new E2eHss(
                          List.of(),
                          2_000,
                          o -> o,
                          TestDatabase.get().newDatabase(),
                          http -> http.withPort(port))
                      .close())
          .hasRootCauseInstanceOf(StartupProblem.class)
          .rootCause()
          .hasMessageStartingWith(
              "HTTP port " + port + " on 127.0.0.1 (http.port, HSS_HTTP_PORT) is already in use");
    }
  }

  @Test
  void diameterPortInUse_failsTheStart_namingPortSettingAndVariable() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(
              () ->
                  new E2eHss(
                          List.of(),
                          2_000,
                          o -> o.withListen("127.0.0.1", port),
                          TestDatabase.get().newDatabase())
                      .close())
          .hasRootCauseInstanceOf(StartupProblem.class)
          .rootCause()
          .hasMessageStartingWith(
              "Diameter port "
                  + port
                  + " on 127.0.0.1 (diameter.port, HSS_DIAMETER_PORT) is already in use");
    }
  }
}
