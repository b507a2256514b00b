package org.reactivehss.config;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Diameter over TLS on a dedicated port (RFC 6733 §2.1, §13: TLS/TCP on 5658), with mutual
 * authentication: the HSS presents {@code certificate} and, when {@code requireClientCertificate},
 * accepts only peers whose certificate chains to {@code trustedCertificates}.
 *
 * @param enabled listen for TLS on {@code port} as well as plain TCP on diameter.port
 * @param port TLS port (5658)
 * @param certificate PEM file with this HSS's certificate (chain)
 * @param privateKey PEM file with its private key (PKCS#8)
 * @param trustedCertificates PEM file with the CA certificates peers' certificates must chain to
 * @param requireClientCertificate refuse peers without a valid certificate (mutual TLS)
 */
public record TlsOptions(boolean enabled, int port, String certificate, String privateKey,
    String trustedCertificates, boolean requireClientCertificate) {

  static TlsOptions read(ConfigTree t) {
    boolean enabled = t.bool("diameter.tls.enabled", false);
    int port = t.integer("diameter.tls.port", 5658, 0, 65535);
    String cert = t.string("diameter.tls.certificate", "");
    String key = t.string("diameter.tls.private-key", "");
    String trusted = t.string("diameter.tls.trusted-certificates", "");
    boolean mutual = t.bool("diameter.tls.require-client-certificate", true);
    if (enabled) {
      requireFile("diameter.tls.certificate", cert);
      requireFile("diameter.tls.private-key", key);
      if (mutual) {
        requireFile("diameter.tls.trusted-certificates", trusted);
      }
    }
    return new TlsOptions(enabled, port, cert, key, trusted, mutual);
  }

  /** Startup check only (before any event loop runs), so reading the file system here is fine. */
  private static void requireFile(String key, String path) {
    if (path.isBlank()) {
      throw new ConfigException(key, "is required when diameter.tls.enabled is true");
    }
    if (!Files.isReadable(Path.of(path))) {
      throw new ConfigException(key, "file " + path + " cannot be read");
    }
  }
}
