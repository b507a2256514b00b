package org.reactivehss.diameter.transport;

import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import org.reactivehss.config.TlsOptions;

/**
 * TLS settings of the Diameter TLS listener (RFC 6733 §13.1: TLS 1.2 or later; mutual authentication
 * by certificate, the peer's chaining to the configured CAs).
 */
final class TlsServerOptions {
  private TlsServerOptions() {
  }

  static void apply(TlsOptions tls, NetServerOptions server) {
    server.setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions().setCertPath(tls.certificate()).setKeyPath(tls.privateKey()))
        .setClientAuth(tls.requireClientCertificate() ? ClientAuth.REQUIRED : ClientAuth.NONE);
    server.getSslOptions().getEnabledSecureTransportProtocols().clear();
    server.getSslOptions().addEnabledSecureTransportProtocol("TLSv1.2").addEnabledSecureTransportProtocol("TLSv1.3");
    if (!tls.trustedCertificates().isBlank()) {
      server.setTrustOptions(new PemTrustOptions().addCertPath(tls.trustedCertificates()));
    }
  }
}
