package org.reactivehss.diameter.peer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.transport.PeerOptions;

/**
 * Which Origin-Hosts may hold a connection to this HSS (RFC 6733 §5.3: a CER from an unknown peer
 * gets 3010 DIAMETER_UNKNOWN_PEER), from which realm, and for which applications. Patterns are
 * exact DiameterIdentities or "*.suffix", compared case-insensitively as DiameterIdentity is (RFC
 * 6733 §4.3.1); peers configured one by one may also be pinned to a realm and granted applications
 * and IMSI ranges ({@link PeerGrant}).
 */
final class PeerAllowList {
  private final List<String> patterns;
  private final Map<String, PeerOptions> configured = new HashMap<>();

  PeerAllowList(List<String> patterns, List<PeerOptions> peers) {
    this.patterns = patterns.stream().map(DiameterIdentity::key).toList();
    peers.forEach(p -> configured.put(DiameterIdentity.key(p.host()), p));
  }

  boolean allows(String originHost, String originRealm) {
    String host = DiameterIdentity.key(originHost);
    PeerOptions peer = configured.get(host);
    if (peer != null) {
      return peer.realm().isEmpty() || peer.realm().equalsIgnoreCase(originRealm);
    }
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

  /**
   * What {@code originHost} may ask: its configured applications and IMSI prefixes, else
   * everything.
   */
  PeerGrant grant(String originHost) {
    PeerOptions peer = originHost == null ? null : configured.get(DiameterIdentity.key(originHost));
    if (peer == null) {
      return PeerGrant.ALL;
    }
    Set<Integer> applications =
        peer.applications().isEmpty()
            ? null
            : peer.applications().stream()
                .map(name -> DiameterApplication.named(name).id())
                .collect(Collectors.toUnmodifiableSet());
    return new PeerGrant(applications, new ImsiRange(peer.imsiPrefixes()));
  }
}
