package org.reactivehss.config;

/**
 * One configured Diameter peer (conf/hss.yaml {@code diameter.peers}).
 *
 * @param host the peer's Origin-Host (DiameterIdentity)
 * @param realm its Origin-Realm, or empty to accept any
 * @param connect whether the HSS dials this peer (RFC 6733 §5.2 initiator) instead of waiting for it
 * @param address where to dial (when connect)
 * @param port where to dial (when connect)
 */
public record PeerOptions(String host, String realm, boolean connect, String address, int port) {

  static PeerOptions read(ConfigTree t) {
    boolean connect = t.bool("connect", false);
    String host = t.nonEmpty("host", null);
    String realm = t.string("realm", "");
    String address = connect ? t.nonEmpty("address", null) : t.string("address", "");
    int port = t.integer("port", 3868, 1, 65535);
    return new PeerOptions(host, realm, connect, address, port);
  }
}
