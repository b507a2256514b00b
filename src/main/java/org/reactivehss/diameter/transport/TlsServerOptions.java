package org.reactivehss.diameter.transport;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SSLOptions;
import io.vertx.core.net.ServerSSLOptions;
import java.util.Set;
import org.reactivehss.config.TlsOptions;

/**
 * TLS settings of Diameter connections (RFC 6733 §13.1: TLS 1.2 or later; mutual authentication by
 * certificate, the peer's chaining to the configured CAs): the dedicated TLS listener, and both ends
 * of in-band TLS after CER/CEA.
 */
final class TlsServerOptions {
  private static final Set<String> PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

  private TlsServerOptions() {
  }

  static void apply(TlsOptions tls, NetServerOptions server) {
    server.setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions().setCertPath(tls.certificate()).setKeyPath(tls.privateKey()))
        .setClientAuth(tls.requireClientCertificate() ? ClientAuth.REQUIRED : ClientAuth.NONE)
        .setEnabledSecureTransportProtocols(PROTOCOLS);
    if (!tls.trustedCertificates().isBlank()) {
      server.setTrustOptions(new PemTrustOptions().addCertPath(tls.trustedCertificates()));
    }
  }

  /** For connections the HSS accepted; null when in-band TLS is off. */
  static ServerSSLOptions inbandServerOrNull(TlsOptions tls) {
    return tls.inband() == TlsOptions.Inband.OFF ? null : inbandServer(tls);
  }

  /**
   * For connections the HSS dialed, where it is the TLS client; null when in-band TLS is off. No
   * host-name check: what the certificate must name is the peer's Origin-Host, checked by the peer layer.
   */
  static ClientSSLOptions inbandClientOrNull(TlsOptions tls) {
    if (tls.inband() == TlsOptions.Inband.OFF) {
      return null;
    }
    ClientSSLOptions client = new ClientSSLOptions().setHostnameVerificationAlgorithm("");
    return (ClientSSLOptions) common(tls, client);
  }

  private static ServerSSLOptions inbandServer(TlsOptions tls) {
    ServerSSLOptions server = new ServerSSLOptions()
        .setClientAuth(tls.requireClientCertificate() ? ClientAuth.REQUIRED : ClientAuth.NONE);
    return (ServerSSLOptions) common(tls, server);
  }

  private static SSLOptions common(TlsOptions tls, SSLOptions options) {
    options.setKeyCertOptions(new PemKeyCertOptions().setCertPath(tls.certificate()).setKeyPath(tls.privateKey()))
        .setEnabledSecureTransportProtocols(PROTOCOLS);
    if (!tls.trustedCertificates().isBlank()) {
      options.setTrustOptions(new PemTrustOptions().addCertPath(tls.trustedCertificates()));
    }
    return options;
  }
}
