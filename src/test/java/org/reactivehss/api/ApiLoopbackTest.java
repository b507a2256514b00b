package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** Without an API token the API is reachable from this machine only, and says so. */
@Timeout(value = 60, unit = SECONDS)
class ApiLoopbackTest {

  @Test
  void withoutATokenTheApiListensOnLoopbackOnlyAndWarns() throws Exception {
    Logger apiLog = (Logger) LoggerFactory.getLogger(ApiVerticle.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    apiLog.addAppender(captured);
    try (ApiFixture api = new ApiFixture(null)) {
      assertThat(api.send("GET", "/api/v1/subscribers", null).status()).isEqualTo(200);
      Optional<InetAddress> external = externalAddress();
      assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");

      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(external.get(), api.port), 2_000);
                }
              })
          .isInstanceOf(IOException.class);
    } finally {
      apiLog.detachAppender(captured);
    }
    assertThat(captured.list)
        .anySatisfy(
            event ->
                assertThat(event.getFormattedMessage())
                    .contains("WITHOUT authentication", "loopback only"));
  }

  private static Optional<InetAddress> externalAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(ApiLoopbackTest::isUp)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
  }

  private static boolean isUp(NetworkInterface nic) {
    try {
      return nic.isUp() && !nic.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
