package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.testing.Await;

/**
 * Clients that hold HTTP connections without finishing requests (slowloris), idle kept-alive
 * connections, and connections beyond http.max-connections. Deadlines of 1 s here; each test gives
 * the server several times that before it counts a connection as left open.
 */
@Timeout(value = 60, unit = SECONDS)
class SlowClientTest {
  private static final int DEADLINE_MS = 1_000;

  /**
   * Far beyond every deadline of this fixture: a connection still open then was never going to
   * close.
   */
  private static final int LEFT_OPEN_MS = 8_000;

  private static final int MAX_CONNECTIONS = 3;
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults()
                .withLimits(new HttpLimits(MAX_CONNECTIONS, DEADLINE_MS, DEADLINE_MS, DEADLINE_MS)),
            HttpClient.newHttpClient());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static String host() {
    return "Host: 127.0.0.1:" + api.port + "\r\n";
  }

  @Test
  void headersSentOneByteAtATime_closeTheConnection() throws Exception {
    try (RawHttp slow = new RawHttp(api.port)) {
      String headers =
          "GET /api/v1/subscribers HTTP/1.1\r\n" + host() + "X-Padding: " + "a".repeat(200);

      assertThat(trickleUntilClosed(slow, headers)).isTrue();
    }
  }

  @Test
  void aBodySentOneByteAtATime_closesTheConnection() throws Exception {
    try (RawHttp slow = new RawHttp(api.port)) {
      slow.write(
          "PUT /api/v1/subscribers/001010000000801 HTTP/1.1\r\n"
              + host()
              + "Content-Type: application/json\r\nContent-Length: 4000\r\n\r\n");

      assertThat(trickleUntilClosed(slow, "{\"imsi\":" + " ".repeat(300))).isTrue();
    }
  }

  @Test
  void anImportStalledMidLine_closesTheConnection() throws Exception {
    try (RawHttp slow = new RawHttp(api.port)) {
      slow.write(
          "POST "
              + BulkImport.PATH
              + " HTTP/1.1\r\n"
              + host()
              + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");

      assertThat(trickleUntilClosed(slow, "1\r\n \r\n".repeat(300))).isTrue();
    }
  }

  @Test
  void anIdleKeptAliveConnection_isClosedAfterTheIdleTimeout() throws Exception {
    try (RawHttp idle = new RawHttp(api.port)) {
      idle.write("GET /api/v1/subscribers?limit=1 HTTP/1.1\r\n" + host() + "\r\n");
      assertThat(idle.readReply().status()).isEqualTo(200);

      assertThat(idle.closedWithin(LEFT_OPEN_MS)).isTrue();
    }
  }

  @Test
  void connectionsBeyondTheCap_areClosedAtOnce_andTheCapFreesAsConnectionsClose() throws Exception {
    List<RawHttp> held = new ArrayList<>();
    try {
      for (int i = 0; i < MAX_CONNECTIONS; i++) {
        RawHttp connection = new RawHttp(api.port);
        held.add(connection);
        connection.write("GET /api/v1/subscribers?limit=1 HTTP/1.1\r\n" + host() + "\r\n");
        assertThat(connection.readReply().status()).isEqualTo(200);
      }
      try (RawHttp oneTooMany = new RawHttp(api.port)) {
        // closed before the header deadline could have closed it
        assertThat(oneTooMany.closedWithin(DEADLINE_MS / 2)).isTrue();
      }
    } finally {
      for (RawHttp connection : held) {
        connection.close();
      }
    }

    // closed connections are released on their event loop, just after the client's close
    Await.until(
        "a new connection served once the held ones closed",
        Duration.ofMillis(LEFT_OPEN_MS),
        SlowClientTest::servedOnANewConnection);
  }

  private static boolean servedOnANewConnection() {
    try {
      return RawHttp.exchange(api.port, "GET", "/api/v1/subscribers?limit=1", host(), null).status()
          == 200;
    } catch (IOException closedAtOnce) {
      return false;
    }
  }

  /**
   * Sends {@code text} a byte every 200 ms, the read timeout being the pause (a slow client is the
   * point here, so this waits by design); true when the server closes the connection before {@link
   * #LEFT_OPEN_MS} has passed, false when it is still open then.
   */
  private static boolean trickleUntilClosed(RawHttp connection, String text) throws IOException {
    connection.socket.setSoTimeout(200);
    for (int i = 0; i < LEFT_OPEN_MS / 200 && i < text.length(); i++) {
      try {
        connection.socket.getOutputStream().write(text.charAt(i));
        connection.socket.getOutputStream().flush();
        if (connection.socket.getInputStream().read() < 0) {
          return true;
        }
      } catch (SocketTimeoutException stillOpen) {
        // the next byte
      } catch (IOException closed) {
        return true;
      }
    }
    return false;
  }
}
