package org.reactivehss.diameter.peer;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The host names a peer's certificate vouches for: its subjectAltName dNSName entries, or, only
 * when it has none, its subject's Common Name (RFC 6125 §6.4.4 order). Compared with an Origin-Host
 * exactly, case-insensitively (DiameterIdentity, RFC 6733 §4.3.1); no wildcards.
 */
final class CertificateNames {
  /** GeneralName tag of dNSName (RFC 5280 §4.2.1.6). */
  private static final int DNS_NAME = 2;

  private CertificateNames() {}

  static boolean names(X509Certificate certificate, String originHost) {
    return originHost != null && of(certificate).stream().anyMatch(originHost::equalsIgnoreCase);
  }

  static List<String> of(X509Certificate certificate) {
    List<String> dns = new ArrayList<>();
    try {
      Collection<List<?>> alt = certificate.getSubjectAlternativeNames();
      if (alt != null) {
        for (List<?> entry : alt) {
          if (entry.size() == 2 && entry.get(0) instanceof Integer type && type == DNS_NAME) {
            dns.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (CertificateParsingException unreadable) {
      return List.of();
    }
    return dns.isEmpty() ? commonNames(certificate) : dns;
  }

  private static List<String> commonNames(X509Certificate certificate) {
    List<String> cn = new ArrayList<>();
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          cn.add(String.valueOf(rdn.getValue()));
        }
      }
    } catch (InvalidNameException unreadable) {
      return List.of();
    }
    return cn;
  }
}
