package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.testing.TestPeer;
import org.slf4j.LoggerFactory;

/**
 * RFC 6733 §4.3.1: the names a peer gives itself in CER and CEA must be DiameterIdentities. A CR/LF
 * in Origin-Host would otherwise be a peer-table key and write forged lines into the log.
 */
@Timeout(60)
class PeerIdentitySocketTest {
  /** Ends in ".localdomain", so the default allow-list pattern "*.localdomain" would match it. */
  private static final String FORGING_HOST =
      "mme80.localdomain\r\n03:00:00.000 INFO forged line mme81.localdomain";

  @Test
  void cerWithCrLfInOriginHost_gets5004WithFailedAvp_andNothingUnescapedReachesTheLog()
      throws Exception {
    ListAppender<ILoggingEvent> log = captureLog();
    try (TestHss hss = TestHss.standard();
        TestPeer peer = hss.connect(FORGING_HOST)) {
      // WHEN a peer names itself with a CR/LF inside
      peer.send(peer.cer(Applications.S6A));
      // THEN CEA 5004 names the Origin-Host in Failed-AVP, and the connection is closed
      DiameterMessage cea = peer.receive();
      assertThat(TestPeer.resultCode(cea)).isEqualTo(5004);
      assertThat(cea.isError()).isFalse();
      Avp failed = cea.first(BaseAvps.FAILED_AVP).first(BaseAvps.ORIGIN_HOST);
      assertThat(failed.asUtf8()).isEqualTo(FORGING_HOST);
      assertThat(cea.first(BaseAvps.HOST_IP_ADDRESS))
          .as("CEA grammar, RFC 6733 §5.3.2")
          .isNotNull();
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
      assertThat(hss.running.peers().openCount()).isZero();
      // AND an HSS-initiated request to a host stored with a CR/LF is logged escaped
      new HssRequests(hss.vertx, hss.running.peers(), HssMetrics.NONE, new HssRequestPolicy(1, 0))
          .send(S6aCommands.CANCEL_LOCATION, FORGING_HOST, new byte[20])
          .otherwise((DiameterMessage) null)
          .toCompletionStage()
          .toCompletableFuture()
          .get(5, TimeUnit.SECONDS);
    } finally {
      stopCapturing(log);
    }
    List<String> lines = everything(log);
    assertThat(lines).anyMatch(line -> line.contains("mme80.localdomain\\u000d\\u000a03:00"));
    assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("\n"));
  }

  @Test
  void cerWithInvalidOriginRealm_gets5004NamingTheRealm() throws Exception {
    try (TestHss hss = TestHss.standard();
        TestPeer peer = hss.connect("mme82.localdomain")) {
      peer.send(
          MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
              .hopByHop(peer.nextHopByHop())
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "local domain")
              .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
              .add(BaseAvps.VENDOR_ID, 0)
              .add(BaseAvps.PRODUCT_NAME, "test")
              .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A)
              .build());
      DiameterMessage cea = peer.receive();
      assertThat(TestPeer.resultCode(cea)).isEqualTo(5004);
      assertThat(cea.first(BaseAvps.FAILED_AVP).first(BaseAvps.ORIGIN_REALM).asUtf8())
          .isEqualTo("local domain");
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void ceaWithInvalidOriginHost_closesTheConnectionTheHssDialled() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TestHss hss =
            new TestHss(
                30_000,
                10_000,
                2_000,
                List.of(
                    new PeerOptions(
                        "mme83.localdomain", "", true, "127.0.0.1", listener.getLocalPort())))) {
      listener.setSoTimeout(10_000);
      try (Socket dialled = listener.accept()) {
        TestPeer peer = TestPeer.over(dialled, "mme83.localdomain");
        DiameterMessage cer = peer.receive();
        peer.send(
            MessageBuilder.answer(cer)
                .add(BaseAvps.RESULT_CODE, 2001)
                .add(BaseAvps.ORIGIN_HOST, "mme83.localdomain\n")
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
                .add(BaseAvps.VENDOR_ID, 0)
                .add(BaseAvps.PRODUCT_NAME, "test")
                .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A)
                .build());
        assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(hss.running.peers().openCount()).isZero();
      }
    }
  }

  private static ListAppender<ILoggingEvent> captureLog() {
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root().addAppender(captured);
    return captured;
  }

  private static void stopCapturing(ListAppender<ILoggingEvent> captured) {
    root().detachAppender(captured);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** Each event's message, arguments and key-value pairs: whatever an encoder might write. */
  private static List<String> everything(ListAppender<ILoggingEvent> captured) {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(captured.list)) {
      StringBuilder text = new StringBuilder(e.getFormattedMessage());
      if (e.getKeyValuePairs() != null) {
        e.getKeyValuePairs()
            .forEach(kv -> text.append(' ').append(kv.key).append('=').append(kv.value));
      }
      lines.add(text.toString());
    }
    return lines;
  }
}
