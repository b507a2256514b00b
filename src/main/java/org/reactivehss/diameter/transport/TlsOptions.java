package org.reactivehss.diameter.transport;

/**
 * Diameter over TLS (RFC 6733 §13) with mutual authentication: on a dedicated port (§2.1, 5658),
 * and in-band on the plain port after CER/CEA (RFC 3588 §6.10 Inband-Security-Id, kept by RFC 6733
 * for backward compatibility). The HSS presents {@code certificate}; when {@code
 * requireClientCertificate} it accepts only peers whose certificate chains to {@code
 * trustedCertificates}.
 *
 * @param enabled listen for TLS on {@code port} as well as plain TCP on diameter.port
 * @param port TLS port (5658)
 * @param certificate PEM file with this HSS's certificate (chain)
 * @param privateKey PEM file with its private key (PKCS#8)
 * @param trustedCertificates PEM file with the CA certificates peers' certificates must chain to
 * @param requireClientCertificate refuse peers without a valid certificate (mutual TLS)
 * @param inband whether CER/CEA on the plain port offer, require or never use in-band TLS
 */
public record TlsOptions(
    boolean enabled,
    int port,
    String certificate,
    String privateKey,
    String trustedCertificates,
    boolean requireClientCertificate,
    Inband inband) {

  /**
   * In-band TLS on the plain port: OFF never, OFFER when the peer offers it too, REQUIRE or 5017.
   */
  public enum Inband {
    OFF,
    OFFER,
    REQUIRE
  }

  /** In-band TLS as "auto" configures it: offered whenever a certificate is configured. */
  public TlsOptions(
      boolean enabled,
      int port,
      String certificate,
      String privateKey,
      String trustedCertificates,
      boolean requireClientCertificate) {
    this(
        enabled,
        port,
        certificate,
        privateKey,
        trustedCertificates,
        requireClientCertificate,
        certificate.isBlank() ? Inband.OFF : Inband.OFFER);
  }
}
