package org.reactivehss.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Diameter over TLS (RFC 6733 §13) with mutual authentication: on a dedicated port (§2.1, 5658), and
 * in-band on the plain port after CER/CEA (RFC 3588 §6.10 Inband-Security-Id, kept by RFC 6733 for
 * backward compatibility). The HSS presents {@code certificate}; when {@code requireClientCertificate}
 * it accepts only peers whose certificate chains to {@code trustedCertificates}.
 *
 * @param enabled listen for TLS on {@code port} as well as plain TCP on diameter.port
 * @param port TLS port (5658)
 * @param certificate PEM file with this HSS's certificate (chain)
 * @param privateKey PEM file with its private key (PKCS#8)
 * @param trustedCertificates PEM file with the CA certificates peers' certificates must chain to
 * @param requireClientCertificate refuse peers without a valid certificate (mutual TLS)
 * @param inband whether CER/CEA on the plain port offer, require or never use in-band TLS
 */
public record TlsOptions(boolean enabled, int port, String certificate, String privateKey,
    String trustedCertificates, boolean requireClientCertificate, Inband inband) {

  /** In-band TLS on the plain port: OFF never, OFFER when the peer offers it too, REQUIRE or 5017. */
  public enum Inband { OFF, OFFER, REQUIRE }

  /** In-band TLS as "auto" configures it: offered whenever a certificate is configured. */
  public TlsOptions(boolean enabled, int port, String certificate, String privateKey, String trustedCertificates,
      boolean requireClientCertificate) {
    this(enabled, port, certificate, privateKey, trustedCertificates, requireClientCertificate,
        certificate.isBlank() ? Inband.OFF : Inband.OFFER);
  }

  static TlsOptions read(ConfigTree t) {
    boolean enabled = t.bool("diameter.tls.enabled", false);
    int port = t.integer("diameter.tls.port", 5658, 0, 65535);
    String cert = t.string("diameter.tls.certificate", "");
    String key = t.string("diameter.tls.private-key", "");
    String trusted = t.string("diameter.tls.trusted-certificates", "");
    boolean mutual = t.bool("diameter.tls.require-client-certificate", true);
    String inbandSetting = t.string("diameter.tls.inband", "auto").toLowerCase(Locale.ROOT);
    Inband inband = switch (inbandSetting) {
      case "auto" -> cert.isBlank() ? Inband.OFF : Inband.OFFER;
      case "off" -> Inband.OFF;
      case "offer" -> Inband.OFFER;
      case "require" -> Inband.REQUIRE;
      default -> throw new ConfigException("diameter.tls.inband", "'" + inbandSetting
          + "' is not one of auto, off, offer, require");
    };
    if (enabled || inband != Inband.OFF) {
      String why = enabled ? "diameter.tls.enabled is true" : "diameter.tls.inband is " + inbandSetting;
      requireFile("diameter.tls.certificate", cert, why);
      requireFile("diameter.tls.private-key", key, why);
      if (mutual) {
        requireFile("diameter.tls.trusted-certificates", trusted, why);
      }
    }
    return new TlsOptions(enabled, port, cert, key, trusted, mutual, inband);
  }

  /** Startup check only (before any event loop runs), so reading the file system here is fine. */
  private static void requireFile(String key, String path, String why) {
    if (path.isBlank()) {
      throw new ConfigException(key, "is required when " + why);
    }
    if (!Files.isReadable(Path.of(path))) {
      throw new ConfigException(key, "file " + path + " cannot be read");
    }
  }
}
