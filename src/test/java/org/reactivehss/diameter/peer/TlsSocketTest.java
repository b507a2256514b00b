package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.config.TlsOptions;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.testing.TestPeer;

/**
 * Diameter over TLS on its own port (RFC 6733 §13) with mutual authentication: a peer with a trusted
 * certificate gets through CER and DWR; a peer without one, or with one the HSS does not trust, does
 * not get past the handshake.
 */
@Timeout(60)
class TlsSocketTest {
  @TempDir
  static Path dir;
  static SelfSignedCertificate hssCert;
  static SelfSignedCertificate mmeCert;
  static SelfSignedCertificate strangerCert;
  static TestHss hss;
  static int tlsPort;

  @BeforeAll
  static void start() throws Exception {
    hssCert = SelfSignedCertificate.create("hss.localdomain", Files.createDirectories(dir.resolve("hss")));
    mmeCert = SelfSignedCertificate.create("mme60.localdomain", Files.createDirectories(dir.resolve("mme")));
    strangerCert = SelfSignedCertificate.create("mme61.localdomain", Files.createDirectories(dir.resolve("x")));
    tlsPort = TestHss.freePort();
    hss = new TestHss(o -> o.withTls(new TlsOptions(true, tlsPort, hssCert.certificatePem.toString(),
        hssCert.privateKeyPem.toString(), mmeCert.certificatePem.toString(), true)));
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
    assertThatThrownBy(() -> {
      try (TestPeer peer = TestPeer.over(tlsSocket(null), "mme60.localdomain")) {
        peer.open();
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void peerWithAnUntrustedCertificate_isRefusedInTheHandshake() {
    assertThatThrownBy(() -> {
      try (TestPeer peer = TestPeer.over(tlsSocket(strangerCert), "mme61.localdomain")) {
        peer.open();
      }
    }).isInstanceOf(IOException.class);
  }

  /** A TLS client socket trusting the HSS's certificate and presenting {@code identity} (or none). */
  private static SSLSocket tlsSocket(SelfSignedCertificate identity) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(hssCert.certificatePem)) {
      trust.setCertificateEntry("hss", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    KeyManagerFactory kmf = null;
    if (identity != null) {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(identity.pkcs12)) {
        keys.load(in, SelfSignedCertificate.PKCS12_PASSWORD.toCharArray());
      }
      kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keys, SelfSignedCertificate.PKCS12_PASSWORD.toCharArray());
    }
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), tlsPort);
    socket.setSoTimeout(5_000);
    socket.startHandshake();
    return socket;
  }
}
