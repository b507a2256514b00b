package org.reactivehss.diameter.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import java.io.File;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * TLS settings of Diameter connections (RFC 6733 §13.1: TLS 1.2 or later; mutual authentication by
 * certificate, the peer's chaining to the configured CAs): the dedicated TLS listener, and both
 * ends of in-band TLS after CER/CEA.
 */
final class TlsServerOptions {
  private static final Set<String> PROTOCOLS = Set.of("TLSv1.2", "TLSv1.3");

  private TlsServerOptions() {}

  static void apply(TlsOptions tls, NetServerOptions server) {
    server
        .setSsl(true)
        .setKeyCertOptions(
            new PemKeyCertOptions().setCertPath(tls.certificate()).setKeyPath(tls.privateKey()))
        .setClientAuth(tls.requireClientCertificate() ? ClientAuth.REQUIRED : ClientAuth.NONE)
        .setEnabledSecureTransportProtocols(PROTOCOLS);
    if (!tls.trustedCertificates().isBlank()) {
      server.setTrustOptions(new PemTrustOptions().addCertPath(tls.trustedCertificates()));
    }
  }

  /**
   * Netty's TLS context for in-band TLS (RFC 3588 §6.10) on the plain port, or null when it is off:
   * server side for accepted connections, client side for dialed ones. No host-name check on the
   * client side: what the certificate must name is the peer's Origin-Host, checked by the peer
   * layer. Reads the PEM files, so call it off the event loop.
   */
  static SslContext inbandOrNull(TlsOptions tls, boolean server) throws SSLException {
    if (tls.inband() == TlsOptions.Inband.OFF) {
      return null;
    }
    File cert = new File(tls.certificate());
    File key = new File(tls.privateKey());
    SslContextBuilder builder =
        server
            ? SslContextBuilder.forServer(cert, key)
                .clientAuth(
                    tls.requireClientCertificate()
                        ? io.netty.handler.ssl.ClientAuth.REQUIRE
                        : io.netty.handler.ssl.ClientAuth.NONE)
            // Netty 4.2 checks the host name by default; the peer layer checks the Origin-Host
            // instead.
            : SslContextBuilder.forClient()
                .keyManager(cert, key)
                .endpointIdentificationAlgorithm(null);
    if (!tls.trustedCertificates().isBlank()) {
      builder.trustManager(new File(tls.trustedCertificates()));
    }
    return builder.protocols(PROTOCOLS).build();
  }
}
