package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.transport.TlsOptions;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.reactivehss.testing.TestPeer;
import org.reactivehss.testing.TlsClients;

/**
 * In-band TLS on the plain port (RFC 3588 §6.10, RFC 6733 §13.1 for old peers): when CER and CEA
 * both list Inband-Security-Id TLS, both sides start TLS right after the CEA; a side that requires
 * TLS facing one that does not offer it gets 5017; after the handshake the certificate must name
 * the CER's Origin-Host, or the connection is closed.
 */
@Timeout(60)
class InbandTlsSocketTest {
  private static final long NO_INBAND_SECURITY = 0;
  private static final long TLS = 1;

  @TempDir static Path dir;
  static SelfSignedCertificate hssCert;
  static SelfSignedCertificate mmeCert;

  /** Offers in-band TLS (the default once a certificate is configured). */
  static TestHss offering;

  /** Requires it. */
  static TestHss requiring;

  static final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeAll
  static void start() throws Exception {
    hssCert =
        SelfSignedCertificate.create(
            "hss.localdomain", Files.createDirectories(dir.resolve("hss")));
    mmeCert =
        SelfSignedCertificate.create(
            "mme80.localdomain", Files.createDirectories(dir.resolve("mme")));
    offering = new TestHss(o -> o.withTls(tls(null)));
    requiring =
        new TestHss(
            o -> o.withTls(tls(TlsOptions.Inband.REQUIRE)), new MicrometerHssMetrics(registry));
  }

  /** TLS settings without the dedicated port; {@code inband} null: as "auto" configures it. */
  private static TlsOptions tls(TlsOptions.Inband inband) {
    TlsOptions auto =
        new TlsOptions(
            false,
            0,
            hssCert.certificatePem.toString(),
            hssCert.privateKeyPem.toString(),
            mmeCert.certificatePem.toString(),
            true);
    return inband == null
        ? auto
        : new TlsOptions(
            false,
            0,
            auto.certificate(),
            auto.privateKey(),
            auto.trustedCertificates(),
            true,
            inband);
  }

  @AfterAll
  static void stop() throws Exception {
    offering.close();
    requiring.close();
  }

  @Test
  void bothOfferTls_ceaSaysTls_andTheConnectionContinuesOverTls() throws Exception {
    Socket plain = new Socket(InetAddress.getLoopbackAddress(), offering.port);
    TestPeer clear = TestPeer.over(plain, "mme80.localdomain");
    clear.send(cer(clear, NO_INBAND_SECURITY, TLS));
    DiameterMessage cea = clear.receive();
    assertThat(TestPeer.resultCode(cea)).isEqualTo(2001);
    assertThat(cea.all(BaseAvps.INBAND_SECURITY_ID))
        .extracting(Avp::asUnsigned32)
        .containsExactly(TLS);
    try (TestPeer secured = TestPeer.over(startTls(plain, offering.port), "mme80.localdomain")) {
      secured.send(secured.dwr());
      assertThat(TestPeer.resultCode(secured.receive())).isEqualTo(2001);
    }
  }

  @Test
  void peerWithoutInbandSecurity_staysInTheClearWhenTheHssOnlyOffers() throws Exception {
    try (TestPeer peer = offering.connect("mme81.localdomain")) {
      DiameterMessage cea = peer.open();
      assertThat(cea.all(BaseAvps.INBAND_SECURITY_ID)).isEmpty();
      peer.send(peer.dwr());
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }

  @Test
  void peerWithoutInbandSecurity_gets5017WhenTheHssRequiresTls() throws Exception {
    try (TestPeer peer = requiring.connect("mme82.localdomain")) {
      peer.send(peer.cer(Applications.S6A));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(5017);
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(refusals("no_common_security")).isEqualTo(1);
  }

  @Test
  void certificateNotNamingTheOriginHost_closesTheConnectionAfterTheHandshake() throws Exception {
    Socket plain = new Socket(InetAddress.getLoopbackAddress(), requiring.port);
    TestPeer clear = TestPeer.over(plain, "mme83.localdomain");
    clear.send(cer(clear, TLS));
    assertThat(TestPeer.resultCode(clear.receive())).isEqualTo(2001);
    try (TestPeer secured = TestPeer.over(startTls(plain, requiring.port), "mme83.localdomain")) {
      assertThat(secured.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(refusals("certificate")).isEqualTo(1);
  }

  private static double refusals(String reason) {
    return registry.get("hss.diameter.peer.refusals").tag("reason", reason).counter().count();
  }

  private static byte[] cer(TestPeer peer, long... inbandSecurity) {
    MessageBuilder b =
        MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
            .hopByHop(peer.nextHopByHop())
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
            .add(BaseAvps.VENDOR_ID, 10415L)
            .add(BaseAvps.PRODUCT_NAME, "test-peer")
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, 10415L)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A));
    for (long id : inbandSecurity) {
      b.add(BaseAvps.INBAND_SECURITY_ID, id);
    }
    return b.build();
  }

  /** TLS as a client over the connection that carried CER/CEA, presenting the MME's certificate. */
  private static SSLSocket startTls(Socket plain, int port) throws Exception {
    SSLSocket socket =
        (SSLSocket)
            TlsClients.context(mmeCert, hssCert.certificatePem)
                .getSocketFactory()
                .createSocket(plain, "127.0.0.1", port, true);
    socket.setUseClientMode(true);
    socket.startHandshake();
    return socket;
  }
}
