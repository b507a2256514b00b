package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.api.HttpLimits;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * HTTP and Diameter have separate connection budgets (http.max-connections,
 * diameter.max-connections): a side at its cap closes further connections at once, and the other
 * side keeps serving.
 */
@Timeout(120)
class ConnectionBudgetsTest {
  private static final int CAP = 3;

  @Test
  void httpConnectionsBeyondTheCap_areClosedAtOnce_whileAnMmeStillGetsCeaAndAia() throws Exception {
    try (E2eHss hss =
        new E2eHss(
            List.of(),
            2_000,
            d -> d,
            TestDatabase.get().newDatabase(),
            http -> http.withLimits(new HttpLimits(CAP, 60_000, 10_000, 30_000)))) {
      assertThat(hss.provision("001010000000901", S6aClient.subscriber("001010000000901", "")))
          .isEqualTo(201);
      List<Socket> held = new ArrayList<>();
      try {
        // the test's own HTTP client may keep its provisioning connection: at most CAP are served
        Socket refused = null;
        while (refused == null && held.size() <= CAP) {
          Socket socket = new Socket("127.0.0.1", hss.httpPort);
          held.add(socket);
          refused = servedAndKeptAlive(socket) ? null : socket;
        }
        assertThat(refused).isNotNull();
        assertThat(held).hasSizeLessThanOrEqualTo(CAP);

        try (TestPeer mme = hss.connect("mme-budget.localdomain")) {
          mme.open();
          S6aClient client = new S6aClient(mme);
          assertThat(
                  client.exchange(client.air("001010000000901", 1, HOME_PLMN, null)).resultCode())
              .isEqualTo(2001);
        }
      } finally {
        for (Socket socket : held) {
          socket.close();
        }
      }
    }
  }

  @Test
  void diameterConnectionsBeyondTheCap_areClosedAtOnce_whileHttpStillServes() throws Exception {
    try (E2eHss hss =
        new E2eHss(
            List.of(), 2_000, d -> d.withMaxConnections(CAP), TestDatabase.get().newDatabase())) {
      List<TestPeer> peers = new ArrayList<>();
      try {
        for (int i = 0; i < CAP; i++) {
          TestPeer peer = hss.connect("mme-cap" + i + ".localdomain");
          peers.add(peer);
          peer.open();
        }
        try (TestPeer oneTooMany = hss.connect("mme-over.localdomain")) {
          assertThat(oneTooMany.closedWithin(Duration.ofSeconds(5))).isTrue();
        }

        assertThat(hss.send("GET", "/api/v1/subscribers?limit=1", null).statusCode())
            .isEqualTo(200);
        assertThat(peers.get(0).closedWithin(Duration.ofMillis(200))).isFalse();
      } finally {
        for (TestPeer peer : peers) {
          peer.close();
        }
      }
    }
  }

  /**
   * True when a request on {@code socket} is answered (the connection then stays open), false when
   * the HSS closes it without an answer; 5 s is far below the 10 s header deadline that would close
   * it too.
   */
  private static boolean servedAndKeptAlive(Socket socket) throws IOException {
    socket.setSoTimeout(5_000);
    try {
      socket
          .getOutputStream()
          .write(
              ("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1:" + socket.getPort() + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] status = socket.getInputStream().readNBytes(12);
      return new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
    } catch (java.net.SocketException reset) {
      return false;
    }
  }
}
