package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.TestPeer;

/**
 * A second connection claiming the Origin-Host of an open one (RFC 6733 §5.6: R-Open + R-Conn-CER →
 * R-Reject). On plain TCP the name in a CER proves nothing, so a newcomer with the same name, in
 * any letter case and with any Origin-State-Id, must not take the open connection's place, nor its
 * IDRs and CLRs, while that connection still answers. Only a connection that stays silent after a
 * DWR gives way (a peer that restarted behind a half-open connection).
 */
@Timeout(60)
class PeerDisplacementSocketTest {

  @Test
  void secondCerWithSameHostInOtherCase_whileOpenLinkAnswers_isRefused_andOpenLinkKept()
      throws Exception {
    // GIVEN mme70 connected and answering its watchdog
    try (TestHss hss = new TestHss(30_000, 10_000, 2_000, List.of());
        TestPeer first = hss.connect("mme70.localdomain");
        TestPeer intruder = hss.connect("MME70.LocalDomain")) {
      first.open();
      // WHEN another connection sends CER as MME70.LocalDomain with a new Origin-State-Id (a
      // "restart")
      intruder.send(cer(intruder, 99));
      DiameterMessage probe = first.receive();
      assertThat(probe.commandCode())
          .as("the open link is asked whether it is alive")
          .isEqualTo(280);
      assertThat(probe.isRequest()).isTrue();
      first.send(dwa(first, probe));
      // THEN the newcomer is refused and closed
      DiameterMessage cea = intruder.receive();
      assertThat(TestPeer.resultCode(cea)).isEqualTo(5012);
      assertThat(intruder.closedWithin(Duration.ofSeconds(5))).isTrue();
      // AND the first connection keeps its answers and gets the HSS's requests, whatever case names
      // it
      first.send(first.dwr());
      assertThat(TestPeer.resultCode(first.receive())).isEqualTo(2001);
      Future<DiameterMessage> cla =
          hss.running.peers().request("MME70.LOCALDOMAIN", clr("mme70.localdomain"));
      DiameterMessage received = first.receive();
      assertThat(received.commandCode()).isEqualTo(317);
      first.send(
          MessageBuilder.answer(received)
              .add(BaseAvps.SESSION_ID, received.sessionId())
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, first.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      assertThat(
              TestPeer.resultCode(
                  cla.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS)))
          .isEqualTo(2001);
    }
  }

  @Test
  void secondCer_whenOpenLinkStaysSilentAfterDwr_takesOverWithinTheBound() throws Exception {
    // GIVEN mme71 connected, then silent (a CER timeout of 2 s makes the probe bound 1 s)
    try (TestHss hss = new TestHss(30_000, 2_000, 2_000, List.of());
        TestPeer stale = hss.connect("mme71.localdomain")) {
      stale.open();
      try (TestPeer restarted = hss.connect("MME71.localdomain")) {
        // WHEN the restarted peer connects again
        restarted.send(cer(restarted, 100));
        assertThat(stale.receive().commandCode())
            .as("the probe DWR, left unanswered")
            .isEqualTo(280);
        // THEN it is admitted, the silent connection is closed, and requests go to the new one
        assertThat(TestPeer.resultCode(restarted.receive())).isEqualTo(2001);
        assertThat(stale.closedWithin(Duration.ofSeconds(5))).isTrue();
        hss.running.peers().request("mme71.localdomain", clr("mme71.localdomain"));
        assertThat(restarted.receive().commandCode()).isEqualTo(317);
      }
    }
  }

  @Test
  void secondCer_whenOpenLinkHasClosed_isAdmitted() throws Exception {
    try (TestHss hss = new TestHss(30_000, 10_000, 2_000, List.of())) {
      try (TestPeer gone = hss.connect("mme72.localdomain")) {
        gone.open();
      }
      try (TestPeer again = hss.connect("mme72.localdomain")) {
        again.send(cer(again, 101));
        assertThat(TestPeer.resultCode(again.receive())).isEqualTo(2001);
      }
    }
  }

  /** A CER as {@link TestPeer#cer} builds it, with the given Origin-State-Id. */
  private static byte[] cer(TestPeer peer, long originStateId) {
    return MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
        .hopByHop(peer.nextHopByHop())
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
        .add(BaseAvps.VENDOR_ID, 10415L)
        .add(BaseAvps.PRODUCT_NAME, "test-peer")
        .add(BaseAvps.ORIGIN_STATE_ID, originStateId)
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, 10415L)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A))
        .build();
  }

  private static byte[] dwa(TestPeer peer, DiameterMessage dwr) {
    return MessageBuilder.answer(dwr)
        .add(BaseAvps.RESULT_CODE, 2001)
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .build();
  }

  private static byte[] clr(String host) {
    return MessageBuilder.request(S6aCommands.CANCEL_LOCATION)
        .proxiable(true)
        .add(BaseAvps.SESSION_ID, "hss.localdomain;1;clr")
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, "hss.localdomain")
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_HOST, host)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, "001010000000001")
        .add(S6aAvps.CANCELLATION_TYPE, 0)
        .build();
  }
}
