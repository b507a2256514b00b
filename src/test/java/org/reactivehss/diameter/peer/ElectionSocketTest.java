package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.TestPeer;

/**
 * RFC 6733 §5.6.4 election: the HSS dials a peer that dials the HSS at the same moment. The side
 * with the higher Origin-Host keeps the connection the other side opened.
 */
@Timeout(30)
class ElectionSocketTest {

  @Test
  void hssWithHigherOriginHost_winsKeepsThePeersConnection_andDropsItsOwn() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TestHss hss =
            new TestHss(
                30_000,
                10_000,
                2_000,
                List.of(
                    new PeerOptions(
                        "aaa.localdomain", "", true, "127.0.0.1", listener.getLocalPort())));
        Socket dialled = accept(listener)) {
      TestPeer ourSide = TestPeer.over(dialled, "aaa.localdomain");
      DiameterMessage hssCer = ourSide.receive();
      assertThat(hssCer.commandCode()).isEqualTo(257);
      try (TestPeer inbound = hss.connect("aaa.localdomain")) {
        inbound.send(inbound.cer(16777251L));
        assertThat(TestPeer.resultCode(inbound.receive())).isEqualTo(2001);
        assertThat(ourSide.closedWithin(Duration.ofSeconds(5)))
            .as("the HSS drops its own connection")
            .isTrue();
        inbound.send(inbound.dwr());
        assertThat(TestPeer.resultCode(inbound.receive())).isEqualTo(2001);
      }
    }
  }

  @Test
  void hssWithLowerOriginHost_losesAnswers4003_andKeepsItsOwnConnection() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TestHss hss =
            new TestHss(
                30_000,
                10_000,
                2_000,
                List.of(
                    new PeerOptions(
                        "zzz.localdomain", "", true, "127.0.0.1", listener.getLocalPort())));
        Socket dialled = accept(listener)) {
      TestPeer ourSide = TestPeer.over(dialled, "zzz.localdomain");
      DiameterMessage hssCer = ourSide.receive();
      try (TestPeer inbound = hss.connect("zzz.localdomain")) {
        inbound.send(inbound.cer(16777251L));
        assertThat(TestPeer.resultCode(inbound.receive())).isEqualTo(4003);
        assertThat(inbound.closedWithin(Duration.ofSeconds(5))).isTrue();
      }
      ourSide.send(
          MessageBuilder.answer(hssCer)
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, "zzz.localdomain")
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
              .add(BaseAvps.VENDOR_ID, 0)
              .add(BaseAvps.PRODUCT_NAME, "test")
              .add(BaseAvps.AUTH_APPLICATION_ID, 16777251)
              .build());
      Await.until(
          "zzz.localdomain open at the HSS on the HSS's own connection",
          Duration.ofSeconds(5),
          () -> hss.running.peers().isOpen("zzz.localdomain"));
    }
  }

  private static Socket accept(ServerSocket listener) throws IOException {
    listener.setSoTimeout(10_000);
    return listener.accept();
  }
}
