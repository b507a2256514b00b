package org.reactivehss.diameter.peer;

import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.diameter.transport.TlsOptions;

/**
 * Transport security settled at the capabilities exchange, kept out of {@link PeerLink}:
 *
 * <ul>
 *   <li>In-band TLS (RFC 3588 §6.10, kept by RFC 6733 §13.1 for old peers): each side lists
 *       Inband-Security-Id NO_INBAND_SECURITY (0) and/or TLS (1); when both list TLS on a clear
 *       connection, both start TLS right after the CEA. A side that requires TLS facing one that
 *       does not offer it: 5017 DIAMETER_NO_COMMON_SECURITY. No Inband-Security-Id means 0 only.
 *   <li>Origin-Host bound to the certificate: on TLS, the certificate the peer presented must name
 *       the Origin-Host of its CER/CEA ({@link CertificateNames}); else 3010 DIAMETER_UNKNOWN_PEER.
 * </ul>
 */
final class CerSecurity {
  static final long NO_INBAND_SECURITY = 0;
  static final long TLS = 1;

  /** What the capabilities exchange decided for the transport. */
  enum Inband {
    CLEAR,
    START_TLS,
    REFUSE
  }

  private final TlsOptions.Inband local;

  CerSecurity(TlsOptions.Inband local) {
    this.local = local;
  }

  /** The decision for a CER received on {@code link}; a TLS connection stays as it is. */
  Inband negotiate(DiameterMessage cer, Link link) {
    if (link.isTls()) {
      return Inband.CLEAR;
    }
    Set<Long> offered = offered(cer);
    if (offered.contains(TLS) && offersTls(link)) {
      return Inband.START_TLS;
    }
    return offered.contains(NO_INBAND_SECURITY) && local != TlsOptions.Inband.REQUIRE
        ? Inband.CLEAR
        : Inband.REFUSE;
  }

  /** The decision for a successful CEA answering our CER on {@code link} (RFC 3588 §6.10). */
  Inband answered(DiameterMessage cea, Link link) {
    if (offersTls(link) && offered(cea).contains(TLS)) {
      return Inband.START_TLS;
    }
    return local == TlsOptions.Inband.REQUIRE ? Inband.REFUSE : Inband.CLEAR;
  }

  /** What our CER lists: nothing (0 implied) unless in-band TLS is possible on {@code link}. */
  void addOffer(MessageBuilder cer, Link link) {
    if (!offersTls(link)) {
      return;
    }
    if (local == TlsOptions.Inband.OFFER) {
      cer.add(BaseAvps.INBAND_SECURITY_ID, NO_INBAND_SECURITY);
    }
    cer.add(BaseAvps.INBAND_SECURITY_ID, TLS);
  }

  /** True unless {@code link} is TLS and its peer certificate does not name {@code originHost}. */
  static boolean certificateNamesPeer(Link link, String originHost) {
    if (!link.isTls()) {
      return true;
    }
    X509Certificate certificate = link.peerCertificate();
    // No certificate: require-client-certificate is off, so there is nothing to bind the host to.
    return certificate == null || CertificateNames.names(certificate, originHost);
  }

  private boolean offersTls(Link link) {
    return local != TlsOptions.Inband.OFF && link.canStartTls();
  }

  private static Set<Long> offered(DiameterMessage m) {
    Set<Long> ids = new HashSet<>();
    for (Avp a : m.all(BaseAvps.INBAND_SECURITY_ID)) {
      ids.add(a.asUnsigned32());
    }
    if (ids.isEmpty()) {
      ids.add(NO_INBAND_SECURITY);
    }
    return ids;
  }
}
