package org.reactivehss.diameter.peer;

import java.util.List;
import java.util.Locale;

/**
 * Which Origin-Hosts may hold a connection to this HSS (RFC 6733 §5.3: a CER from an unknown peer
 * gets 3010 DIAMETER_UNKNOWN_PEER). Patterns are exact DiameterIdentities or "*.suffix", compared
 * case-insensitively as DiameterIdentity is (RFC 6733 §4.3.1).
 */
final class PeerAllowList {
  private final List<String> patterns;

  PeerAllowList(List<String> patterns) {
    this.patterns = patterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
  }

  boolean allows(String originHost) {
    String host = originHost.toLowerCase(Locale.ROOT);
    for (String p : patterns) {
      if (p.equals("*") || p.equals(host)) {
        return true;
      }
      if (p.startsWith("*.") && host.endsWith(p.substring(1)) && host.length() > p.length() - 1) {
        return true;
      }
    }
    return false;
  }
}
