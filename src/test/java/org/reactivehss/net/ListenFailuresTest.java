package org.reactivehss.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.VertxException;
import java.net.BindException;
import org.junit.jupiter.api.Test;

/** A listener that cannot open says which listener, port and setting, in the operator's words. */
class ListenFailuresTest {

  @Test
  void nativeTransportsBusyPort_namesTheListenerPortSettingAndVariable() {
    // GIVEN what Netty's epoll transport reports for a busy port (errno -98, EADDRINUSE)
    Throwable netty = new VertxException("bind(..) failed with error(-98): Address already in use");

    Throwable explained = ListenFailures.explain(netty, "HTTP", "127.0.0.1", 8080, "http.port");

    assertThat(explained)
        .isInstanceOf(StartupProblem.class)
        .hasMessage(
            "HTTP port 8080 on 127.0.0.1 (http.port, HSS_HTTP_PORT) is already in use: stop what holds"
                + " it, or choose another port");
    assertThat(explained.getStackTrace()).isEmpty();
  }

  @Test
  void jdkBindException_deepInTheCauseChain_isExplainedToo() {
    Throwable jdk = new RuntimeException("listen failed", new BindException("Permission denied"));

    assertThat(ListenFailures.explain(jdk, "Diameter TLS", "0.0.0.0", 443, "diameter.tls.port"))
        .isInstanceOf(StartupProblem.class)
        .hasMessageContaining(
            "Diameter TLS port 443 on 0.0.0.0 (diameter.tls.port, HSS_DIAMETER_TLS_PORT)")
        .hasMessageContaining("permission denied");
  }

  @Test
  void aFailureThatIsNoBindProblem_isLeftAsItIs() {
    Throwable other = new IllegalStateException("TLS key unreadable");

    assertThat(ListenFailures.explain(other, "HTTP", "127.0.0.1", 8080, "http.port"))
        .isSameAs(other);
  }
}
