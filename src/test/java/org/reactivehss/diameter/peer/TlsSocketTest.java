package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.transport.TlsOptions;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.reactivehss.testing.TestPeer;
import org.reactivehss.testing.TlsClients;

/**
 * Diameter over TLS on its own port (RFC 6733 §13) with mutual authentication: a peer with a
 * trusted certificate gets through CER and DWR; a peer without one, or with one the HSS does not
 * trust, does not get past the handshake; and a trusted certificate admits only the Origin-Host it
 * names.
 */
@Timeout(60)
class TlsSocketTest {
  @TempDir static Path dir;
  static SelfSignedCertificate hssCert;
  static SelfSignedCertificate mmeCert;
  static SelfSignedCertificate altNameCert;
  static SelfSignedCertificate strangerCert;
  static TestHss hss;
  static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  static int tlsPort;

  @BeforeAll
  static void start() throws Exception {
    hssCert =
        SelfSignedCertificate.create(
            "hss.localdomain", Files.createDirectories(dir.resolve("hss")));
    mmeCert =
        SelfSignedCertificate.create(
            "mme60.localdomain", Files.createDirectories(dir.resolve("mme")));
    altNameCert =
        SelfSignedCertificate.create(
            "mme65.localdomain",
            Files.createDirectories(dir.resolve("san")),
            List.of("dns:mme64.localdomain"));
    strangerCert =
        SelfSignedCertificate.create(
            "mme61.localdomain", Files.createDirectories(dir.resolve("x")));
    Path trusted =
        TlsClients.bundle(
            dir.resolve("trusted.pem"), mmeCert.certificatePem, altNameCert.certificatePem);
    tlsPort = TestHss.freePort();
    hss =
        new TestHss(
            o ->
                o.withTls(
                    new TlsOptions(
                        true,
                        tlsPort,
                        hssCert.certificatePem.toString(),
                        hssCert.privateKeyPem.toString(),
                        trusted.toString(),
                        true)),
            new MicrometerHssMetrics(registry));
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  @Test
  void peerWithATrustedCertificate_exchangesCapabilitiesAndWatchdogOverTls() throws Exception {
    try (TestPeer peer = TestPeer.over(tlsSocket(mmeCert), "mme60.localdomain")) {
      peer.open();
      peer.send(peer.dwr());
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }

  @Test
  void peerWithoutACertificate_isRefusedInTheHandshake() {
    assertThatThrownBy(
            () -> {
              try (TestPeer peer = TestPeer.over(tlsSocket(null), "mme60.localdomain")) {
                peer.open();
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void peerWithAnUntrustedCertificate_isRefusedInTheHandshake() {
    assertThatThrownBy(
            () -> {
              try (TestPeer peer = TestPeer.over(tlsSocket(strangerCert), "mme61.localdomain")) {
                peer.open();
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void trustedCertificateOfAnotherHost_getsCea3010AndIsClosed_andIsCounted() throws Exception {
    double before =
        registry.get("hss.diameter.peer.refusals").tag("reason", "certificate").counter().count();
    try (TestPeer peer = TestPeer.over(tlsSocket(mmeCert), "mme62.localdomain")) {
      peer.send(peer.cer(Applications.S6A));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3010);
      assertThat(peer.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(
            registry
                .get("hss.diameter.peer.refusals")
                .tag("reason", "certificate")
                .counter()
                .count())
        .isEqualTo(before + 1);
  }

  @Test
  void certificateWithSubjectAltNames_admitsTheHostItNames() throws Exception {
    // GIVEN a trusted certificate whose subjectAltName is mme64 (its common name is mme65)
    try (TestPeer peer = TestPeer.over(tlsSocket(altNameCert), "mme64.localdomain")) {
      // WHEN the peer sends CER as mme64
      peer.send(peer.cer(Applications.S6A, Applications.CX));
      // THEN it is admitted: CEA 2001, and the open connection answers a watchdog
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
      peer.send(peer.dwr());
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
    }
  }

  @Test
  void certificateWithSubjectAltNames_doesNotAdmitItsCommonName() throws Exception {
    try (TestPeer peer = TestPeer.over(tlsSocket(altNameCert), "mme65.localdomain")) {
      peer.send(peer.cer(Applications.S6A));
      assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(3010);
    }
  }

  @Test
  void secondConnectionWithACertificateNamingTheHost_doesNotDisplaceOneThatStillAnswers()
      throws Exception {
    // GIVEN mme64 open over TLS; WHEN a second TLS connection, with a certificate that also names
    // it, sends CER
    try (TestPeer first = TestPeer.over(tlsSocket(altNameCert), "mme64.localdomain");
        TestPeer second = TestPeer.over(tlsSocket(altNameCert), "MME64.LocalDomain")) {
      first.open();
      second.send(second.cer(Applications.S6A));
      DiameterMessage probe = first.receive();
      assertThat(probe.commandCode()).isEqualTo(280);
      first.send(
          MessageBuilder.answer(probe)
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, first.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      // THEN the certificate proves the name but not that the open connection is gone: 5012, first
      // kept
      assertThat(TestPeer.resultCode(second.receive())).isEqualTo(5012);
      first.send(first.dwr());
      assertThat(TestPeer.resultCode(first.receive())).isEqualTo(2001);
    }
  }

  /**
   * A TLS client socket trusting the HSS's certificate and presenting {@code identity} (or none).
   */
  private static SSLSocket tlsSocket(SelfSignedCertificate identity) throws Exception {
    SSLSocket socket =
        (SSLSocket)
            TlsClients.context(identity, hssCert.certificatePem)
                .getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), tlsPort);
    socket.setSoTimeout(5_000);
    socket.startHandshake();
    return socket;
  }
}
