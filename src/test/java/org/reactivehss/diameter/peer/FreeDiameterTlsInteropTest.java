package org.reactivehss.diameter.peer;

import static org.reactivehss.interop.FreeDiameterLogLines.connectedOverTls;
import static org.reactivehss.interop.FreeDiameterLogLines.inbandTlsOpen;
import static org.reactivehss.interop.FreeDiameterLogLines.stateOpen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.transport.TlsOptions;
import org.reactivehss.interop.FreeDiameterConfig;
import org.reactivehss.interop.FreeDiameterConfig.DialSecurity;
import org.reactivehss.interop.FreeDiameterPeer;
import org.reactivehss.interop.SelfSignedCertificate;
import org.reactivehss.testing.Await;

/**
 * TLS interop with freeDiameter's daemon (GnuTLS), both ways RFC 6733 §13.1 allows: TLS from the
 * first byte on the HSS's TLS port, and the RFC 3588 in-band method (TLS_old_method: clear CER/CEA
 * with Inband-Security-Id TLS, then TLS on the same connection). Each side trusts only the other's
 * throwaway certificate, whose CN is the Origin-Host, so mutual authentication and the
 * certificate-bound Origin-Host are exercised too.
 */
@Timeout(120)
class FreeDiameterTlsInteropTest {
  private static final String MME = "mme.localdomain";
  private static final String HSS = "hss.localdomain";
  private static final Duration CONNECT = Duration.ofSeconds(20);

  @TempDir Path dir;
  SelfSignedCertificate hssCert;
  SelfSignedCertificate mmeCert;

  @BeforeEach
  void certificates() throws Exception {
    FreeDiameterPeer.assumeAvailable();
    hssCert = SelfSignedCertificate.create(HSS, Files.createDirectories(dir.resolve("hss")));
    mmeCert = SelfSignedCertificate.create(MME, Files.createDirectories(dir.resolve("mme")));
  }

  @Test
  void freeDiameterDialsTheTlsPort_reachesOpenOverTls() throws Exception {
    int tlsPort = TestHss.freePort();
    try (TestHss hss = new TestHss(o -> o.withTls(tls(true, tlsPort)));
        FreeDiameterPeer mme =
            FreeDiameterPeer.start(
                mmeConfig().connectTo(HSS, "127.0.0.1", tlsPort, DialSecurity.TLS))) {
      mme.awaitLog(stateOpen(HSS), CONNECT);
      mme.awaitLog(connectedOverTls(HSS), Duration.ZERO);
      Await.until(
          MME + " open at the HSS", Duration.ofSeconds(5), () -> hss.running.peers().isOpen(MME));
    }
  }

  @Test
  void freeDiameterWithTheOldMethod_startsTlsAfterTheCea_onThePlainPort() throws Exception {
    try (TestHss hss = new TestHss(o -> o.withTls(tls(false, 0)));
        FreeDiameterPeer mme =
            FreeDiameterPeer.start(
                mmeConfig().connectTo(HSS, "127.0.0.1", hss.port, DialSecurity.TLS_OLD_METHOD))) {
      mme.awaitLog(inbandTlsOpen(HSS), CONNECT);
      Await.until(
          MME + " open at the HSS", Duration.ofSeconds(5), () -> hss.running.peers().isOpen(MME));
    }
  }

  private FreeDiameterConfig mmeConfig() {
    return FreeDiameterConfig.of(MME, "localdomain")
        .certificate(mmeCert)
        .trust(hssCert.certificatePem)
        .watchdogSeconds(60);
  }

  /** In-band TLS as "auto" sets it: offered, since a certificate is configured. */
  private TlsOptions tls(boolean dedicatedPort, int port) {
    return new TlsOptions(
        dedicatedPort,
        port,
        hssCert.certificatePem.toString(),
        hssCert.privateKeyPem.toString(),
        mmeCert.certificatePem.toString(),
        true);
  }
}
