package org.reactivehss.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.reactivehss.interop.SelfSignedCertificate;

/**
 * TLS client contexts for tests, from the JDK alone: trust some PEM certificates, present one
 * identity.
 */
public final class TlsClients {
  private TlsClients() {}

  /**
   * Trusts exactly {@code trusted} (PEM files); presents {@code identity}, or no certificate when
   * null.
   */
  public static SSLContext context(SelfSignedCertificate identity, Path... trusted)
      throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    int i = 0;
    for (Path pem : trusted) {
      try (InputStream in = Files.newInputStream(pem)) {
        trust.setCertificateEntry(
            "trusted" + i++, CertificateFactory.getInstance("X.509").generateCertificate(in));
      }
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
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
    return context;
  }

  /** One PEM file holding all of {@code certificates}, for a trusted-certificates setting. */
  public static Path bundle(Path file, Path... certificates) throws Exception {
    StringBuilder pem = new StringBuilder();
    for (Path c : certificates) {
      pem.append(Files.readString(c));
    }
    return Files.writeString(file, pem);
  }
}
