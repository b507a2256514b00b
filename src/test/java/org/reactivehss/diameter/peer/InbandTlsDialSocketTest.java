package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.diameter.transport.TlsOptions;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.TestPeer;
import org.reactivehss.testing.TlsClients;

/**
 * In-band TLS on a connection the HSS dials (RFC 3588 §6.10): its CER lists Inband-Security-Id, and
 * when the peer's CEA picks TLS the HSS starts TLS as the client, presenting its certificate.
 */
@Timeout(60)
class InbandTlsDialSocketTest {
  private static final String MME = "mme90.localdomain";

  @TempDir static Path dir;
  static SelfSignedCertificate hssCert;
  static SelfSignedCertificate mmeCert;

  @BeforeAll
  static void certificates() throws Exception {
    hssCert =
        SelfSignedCertificate.create(
            "hss.localdomain", Files.createDirectories(dir.resolve("hss")));
    mmeCert = SelfSignedCertificate.create(MME, Files.createDirectories(dir.resolve("mme")));
  }

  @Test
  void hssOffering_listsBothIds_andStartsTlsWhenTheCeaPicksIt() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TestHss hss = dialing(listener, TlsOptions.Inband.OFFER);
        Socket dialled = listener.accept()) {
      TestPeer clear = TestPeer.over(dialled, MME);
      DiameterMessage cer = clear.receive();
      assertThat(cer.all(BaseAvps.INBAND_SECURITY_ID))
          .extracting(Avp::asUnsigned32)
          .containsExactly(0L, 1L);
      clear.send(cea(cer, true));
      try (TestPeer secured = TestPeer.over(acceptTls(dialled), MME)) {
        Await.until(
            MME + " open at the HSS", Duration.ofSeconds(5), () -> hss.running.peers().isOpen(MME));
        secured.send(secured.dwr());
        assertThat(TestPeer.resultCode(secured.receive())).isEqualTo(2001);
      }
    }
  }

  @Test
  void hssRequiring_closesWhenTheCeaDoesNotPickTls() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TestHss hss = dialing(listener, TlsOptions.Inband.REQUIRE);
        Socket dialled = listener.accept()) {
      TestPeer clear = TestPeer.over(dialled, MME);
      DiameterMessage cer = clear.receive();
      assertThat(cer.all(BaseAvps.INBAND_SECURITY_ID))
          .extracting(Avp::asUnsigned32)
          .containsExactly(1L);
      clear.send(cea(cer, false));
      assertThat(clear.closedWithin(Duration.ofSeconds(5))).isTrue();
      assertThat(hss.running.peers().isOpen(MME)).isFalse();
    }
  }

  private static TestHss dialing(ServerSocket listener, TlsOptions.Inband inband) throws Exception {
    TlsOptions tls =
        new TlsOptions(
            false,
            0,
            hssCert.certificatePem.toString(),
            hssCert.privateKeyPem.toString(),
            mmeCert.certificatePem.toString(),
            true,
            inband);
    return new TestHss(
        o ->
            o.withTimers(10_000, 30_000, 60_000, 2_000)
                .withTls(tls)
                .withPeers(
                    List.of(new PeerOptions(MME, "", true, "127.0.0.1", listener.getLocalPort()))));
  }

  private static byte[] cea(DiameterMessage cer, boolean tls) {
    MessageBuilder b =
        MessageBuilder.answer(cer)
            .add(BaseAvps.RESULT_CODE, 2001)
            .add(BaseAvps.ORIGIN_HOST, MME)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
            .add(BaseAvps.VENDOR_ID, 0)
            .add(BaseAvps.PRODUCT_NAME, "test")
            .add(BaseAvps.AUTH_APPLICATION_ID, 16777251);
    if (tls) {
      b.add(BaseAvps.INBAND_SECURITY_ID, 1L);
    }
    return b.build();
  }

  /** TLS as the server over the connection the HSS dialed, requiring the HSS's certificate. */
  private static SSLSocket acceptTls(Socket plain) throws Exception {
    SSLSocket socket =
        (SSLSocket)
            TlsClients.context(mmeCert, hssCert.certificatePem)
                .getSocketFactory()
                .createSocket(plain, null, plain.getPort(), true);
    socket.setUseClientMode(false);
    socket.setNeedClientAuth(true);
    socket.setSoTimeout(5_000);
    socket.startHandshake();
    return socket;
  }
}
