package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.TestPeer;

/**
 * RFC 3539 §3.4 over a real socket, with Tw shortened to 1 s (the RFC floor of 6 s applies to the
 * configuration file, not to these tests).
 */
@Timeout(30)
class WatchdogSocketTest {

  @Test
  void silentPeer_receivesDwr_andAnsweringKeepsTheConnection() throws Exception {
    try (TestHss hss = new TestHss(1_000, 10_000, 2_000, List.of());
        TestPeer peer = hss.connect("mme20.localdomain")) {
      peer.open();
      for (int i = 0; i < 3; i++) {
        DiameterMessage dwr = peer.receive();
        assertThat(dwr.isRequest()).isTrue();
        assertThat(dwr.commandCode()).isEqualTo(280);
        assertThat(dwr.originHost()).isEqualTo("hss.localdomain");
        peer.send(
            MessageBuilder.answer(dwr)
                .add(BaseAvps.RESULT_CODE, 2001)
                .add(BaseAvps.ORIGIN_HOST, peer.host)
                .add(BaseAvps.ORIGIN_REALM, "localdomain")
                .build());
      }
      assertThat(hss.running.peers().isOpen("mme20.localdomain")).isTrue();
    }
  }

  @Test
  void peerThatNeverAnswersDwr_isClosedAfterThreeTw() throws Exception {
    try (TestHss hss = new TestHss(1_000, 10_000, 2_000, List.of());
        TestPeer peer = hss.connect("mme21.localdomain")) {
      peer.open();
      long start = System.nanoTime();
      assertThat(peer.receive().commandCode()).isEqualTo(280);
      assertThat(peer.closedWithin(Duration.ofSeconds(10))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThan(Duration.ofMillis(1_000));
      Await.until(
          "the peer table no longer has mme21 open",
          Duration.ofSeconds(2),
          () -> !hss.running.peers().isOpen("mme21.localdomain"));
    }
  }
}
