package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.testing.TestPeer;

/** RFC 6733 §5.3 over a real socket: what the HSS answers to CER, and when it refuses. */
@Timeout(30)
class CapabilitiesExchangeSocketTest {
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
  void cer_gets2001WithS6aCxShS13SlhAnd3gppVendor() throws Exception {
    try (TestPeer peer = hss.connect("mme1.localdomain")) {
      byte[] cer = peer.cer(Applications.S6A);
      peer.send(cer);
      DiameterMessage cea = peer.receive();
      DiameterMessage sent = DiameterMessage.parse(cer).message();
      assertThat(cea.isRequest()).isFalse();
      assertThat(cea.commandCode()).isEqualTo(257);
      assertThat(cea.hopByHopId()).isEqualTo(sent.hopByHopId());
      assertThat(cea.endToEndId()).isEqualTo(sent.endToEndId());
      assertThat(TestPeer.resultCode(cea)).isEqualTo(2001);
      assertThat(cea.originHost()).isEqualTo("hss.localdomain");
      assertThat(cea.originRealm()).isEqualTo("localdomain");
      assertThat(cea.first(BaseAvps.HOST_IP_ADDRESS).asAddress().getHostAddress())
          .isEqualTo("127.0.0.1");
      assertThat(cea.first(BaseAvps.PRODUCT_NAME).asUtf8()).isEqualTo("ReactiveHSS");
      assertThat(cea.first(BaseAvps.ORIGIN_STATE_ID)).isNotNull();
      assertThat(cea.all(BaseAvps.SUPPORTED_VENDOR_ID))
          .extracting(Avp::asUnsigned32)
          .containsExactly(10415L);
      assertThat(cea.all(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID))
          .extracting(
              v ->
                  List.of(
                      v.first(BaseAvps.VENDOR_ID).asUnsigned32(),
                      v.first(BaseAvps.AUTH_APPLICATION_ID).asUnsigned32()))
          .containsExactly(
              List.of(10415L, 16777251L),
              List.of(10415L, 16777216L),
              List.of(10415L, 16777217L),
              List.of(10415L, 16777265L),
              List.of(10415L, 16777252L),
              List.of(10415L, 16777291L));
    }
  }

  @Test
  void cerFromRelayApplication_isAccepted() throws Exception {
    try (TestPeer peer = hss.connect("dra.localdomain")) {
      peer.send(peer.cer(Applications.RELAY & 0xffffffffL));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }

  @Test
  void cerFromUnknownPeer_gets3010AndIsClosed() throws Exception {
    try (TestPeer peer = hss.connect("mme.elsewhere.org")) {
      peer.send(peer.cer(Applications.S6A));
      DiameterMessage cea = peer.receive();
      assertThat(TestPeer.resultCode(cea)).isEqualTo(3010);
      assertThat(cea.isError()).isTrue();
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void cerWithNoCommonApplication_gets5010AndIsClosed() throws Exception {
    try (TestPeer peer = hss.connect("pcrf.localdomain")) {
      peer.send(peer.cer(16777238L));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(5010);
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void secondConnectionOfAnOpenPeer_isRejected_butFirstKeepsWorking() throws Exception {
    try (TestPeer first = hss.connect("mme2.localdomain");
        TestPeer second = hss.connect("mme2.localdomain")) {
      first.open();
      second.send(second.cer(Applications.S6A));
      DiameterMessage probe = first.receive();
      assertThat(probe.commandCode())
          .as("the open connection is asked whether it is alive")
          .isEqualTo(280);
      first.send(
          MessageBuilder.answer(probe)
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, first.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      assertThat(TestPeer.resultCode(second.receive())).isEqualTo(5012);
      assertThat(second.closedWithin(Duration.ofSeconds(5))).isTrue();
      first.send(first.dwr());
      assertThat(TestPeer.resultCode(first.receive())).isEqualTo(2001);
    }
  }

  @Test
  void cerWithoutOriginHost_gets5005AndIsClosed() throws Exception {
    try (TestPeer peer = hss.connect("mme4.localdomain")) {
      peer.send(
          MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
              .hopByHop(peer.nextHopByHop())
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
              .add(BaseAvps.VENDOR_ID, 0)
              .add(BaseAvps.PRODUCT_NAME, "no-host")
              .add(BaseAvps.AUTH_APPLICATION_ID, 16777251)
              .build());
      DiameterMessage cea = peer.receive();
      assertThat(TestPeer.resultCode(cea)).isEqualTo(5005);
      assertThat(cea.first(BaseAvps.FAILED_AVP)).isNotNull();
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void requestBeforeCer_gets3010AndIsClosed() throws Exception {
    try (TestPeer peer = hss.connect("mme3.localdomain")) {
      peer.send(peer.dwr());
      DiameterMessage answer = peer.receive();
      assertThat(TestPeer.resultCode(answer)).isEqualTo(3010);
      assertThat(answer.isError()).isTrue();
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }
}
