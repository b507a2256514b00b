package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.testing.TestPeer;

/** An open connection over a real socket: watchdog, disconnect, pipelining, identifiers echoed. */
@Timeout(30)
class OpenConnectionSocketTest {
  static TestHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss = TestHss.standard();
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  @Test
  void dwr_getsDwaWithIdentifiersEchoed() throws Exception {
    try (TestPeer peer = hss.connect("mme10.localdomain")) {
      peer.open();
      byte[] dwr = peer.dwr();
      peer.send(dwr);
      DiameterMessage dwa = peer.receive();
      DiameterMessage sent = DiameterMessage.parse(dwr).message();
      assertThat(dwa.commandCode()).isEqualTo(280);
      assertThat(dwa.isRequest()).isFalse();
      assertThat(dwa.hopByHopId()).isEqualTo(sent.hopByHopId());
      assertThat(dwa.endToEndId()).isEqualTo(sent.endToEndId());
      assertThat(TestPeer.resultCode(dwa)).isEqualTo(2001);
      assertThat(dwa.originHost()).isEqualTo("hss.localdomain");
      assertThat(dwa.first(BaseAvps.ORIGIN_STATE_ID)).isNotNull();
    }
  }

  @Test
  void dpr_getsDpaThenTheConnectionCloses() throws Exception {
    try (TestPeer peer = hss.connect("mme11.localdomain")) {
      peer.open();
      peer.send(
          MessageBuilder.request(BaseCommands.DISCONNECT_PEER)
              .hopByHop(peer.nextHopByHop())
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.DISCONNECT_CAUSE, 0)
              .build());
      DiameterMessage dpa = peer.receive();
      assertThat(dpa.commandCode()).isEqualTo(282);
      assertThat(TestPeer.resultCode(dpa)).isEqualTo(2001);
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void pipelinedRequestsInOneWrite_areEachAnswered() throws Exception {
    try (TestPeer peer = hss.connect("mme12.localdomain")) {
      peer.open();
      ByteArrayOutputStream burst = new ByteArrayOutputStream();
      Set<Integer> sent = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        byte[] dwr = peer.dwr();
        sent.add(DiameterMessage.parse(dwr).message().hopByHopId());
        burst.write(dwr);
      }
      peer.send(burst.toByteArray());
      Set<Integer> answered = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        DiameterMessage dwa = peer.receive();
        assertThat(TestPeer.resultCode(dwa)).isEqualTo(2001);
        answered.add(dwa.hopByHopId());
      }
      assertThat(answered).isEqualTo(sent);
    }
  }

  @Test
  void requestSplitAcrossWrites_isAnswered() throws Exception {
    try (TestPeer peer = hss.connect("mme13.localdomain")) {
      peer.open();
      byte[] dwr = peer.dwr();
      for (byte b : dwr) {
        peer.send(new byte[] {b});
      }
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }

  @Test
  void unframeableBytes_closeOnlyThatConnection() throws Exception {
    try (TestPeer good = hss.connect("mme14.localdomain");
        TestPeer bad = hss.connect("mme15.localdomain")) {
      good.open();
      bad.open();
      bad.send(new byte[] {7, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
      assertThat(bad.closedWithin(Duration.ofSeconds(5))).isTrue();
      good.send(good.dwr());
      assertThat(TestPeer.resultCode(good.receive())).isEqualTo(2001);
    }
  }

  @Test
  void silentConnection_isClosedAfterTheCerTimeout() throws Exception {
    try (TestHss quick = new TestHss(30_000, 300, 2_000, java.util.List.of());
        TestPeer peer = quick.connect("mme16.localdomain")) {
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }
}
