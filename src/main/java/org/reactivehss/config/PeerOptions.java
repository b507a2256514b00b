package org.reactivehss.config;

import java.util.List;
import java.util.Locale;

/**
 * One configured Diameter peer (conf/hss.yaml {@code diameter.peers}).
 *
 * @param host the peer's Origin-Host (DiameterIdentity)
 * @param realm its Origin-Realm, or empty to accept any; a CER from another realm gets 3010
 * @param connect whether the HSS dials this peer (RFC 6733 §5.2 initiator) instead of waiting for it
 * @param address where to dial (when connect)
 * @param port where to dial (when connect)
 * @param applications the applications this peer may use ("s6a", "cx"); empty means all. A request
 *     of another application gets 5003 DIAMETER_AUTHORIZATION_REJECTED (an MME has no business on Cx)
 * @param imsiPrefixes IMSI prefixes (digits) whose subscribers this peer may ask about on S6a; empty
 *     means all. An S6a request for an IMSI outside them gets 5003 DIAMETER_AUTHORIZATION_REJECTED
 */
public record PeerOptions(String host, String realm, boolean connect, String address, int port,
    List<String> applications, List<String> imsiPrefixes) {

  /** Application names a peer may be granted. */
  public static final List<String> APPLICATION_NAMES = List.of("s6a", "cx");

  public PeerOptions(String host, String realm, boolean connect, String address, int port) {
    this(host, realm, connect, address, port, List.of(), List.of());
  }

  public PeerOptions(String host, String realm, boolean connect, String address, int port,
      List<String> applications) {
    this(host, realm, connect, address, port, applications, List.of());
  }

  static PeerOptions read(ConfigTree t) {
    boolean connect = t.bool("connect", false);
    String host = t.nonEmpty("host", null);
    String realm = t.string("realm", "");
    String address = connect ? t.nonEmpty("address", null) : t.string("address", "");
    int port = t.integer("port", 3868, 1, 65535);
    List<String> applications = t.strings("applications", List.of()).stream()
        .map(a -> a.toLowerCase(Locale.ROOT)).toList();
    for (String a : applications) {
      if (!APPLICATION_NAMES.contains(a)) {
        throw new ConfigException("applications", "'" + a + "' is not one of " + APPLICATION_NAMES);
      }
    }
    List<String> imsiPrefixes = t.strings("imsi-prefixes", List.of());
    for (String prefix : imsiPrefixes) {
      // TS 23.003 §2.2: an IMSI is at most 15 digits
      if (!prefix.matches("[0-9]{1,15}")) {
        throw new ConfigException("imsi-prefixes", "'" + prefix + "' is not 1 to 15 digits");
      }
    }
    return new PeerOptions(host, realm, connect, address, port, applications, imsiPrefixes);
  }
}
