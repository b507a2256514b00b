package org.reactivehss.diameter.transport;

import java.util.List;

/**
 * One configured Diameter peer (conf/hss.yaml {@code diameter.peers}).
 *
 * @param host the peer's Origin-Host (DiameterIdentity)
 * @param realm its Origin-Realm, or empty to accept any; a CER from another realm gets 3010
 * @param connect whether the HSS dials this peer (RFC 6733 §5.2 initiator) instead of waiting for
 *     it
 * @param address where to dial (when connect)
 * @param port where to dial (when connect)
 * @param applications the applications this peer may use (the peer layer's DiameterApplication
 *     names); empty means every one this HSS serves. A request of another application gets 5003
 *     DIAMETER_AUTHORIZATION_REJECTED (an MME has no business on Cx)
 * @param imsiPrefixes IMSI prefixes (digits) whose subscribers this peer may ask about; empty means
 *     all. Held on every application that names a subscriber (S6a: 5003; Cx: answered as an unknown
 *     user, docs/diameter.md); a peer with prefixes may only be granted applications that check
 *     them
 */
public record PeerOptions(
    String host,
    String realm,
    boolean connect,
    String address,
    int port,
    List<String> applications,
    List<String> imsiPrefixes) {

  public PeerOptions(String host, String realm, boolean connect, String address, int port) {
    this(host, realm, connect, address, port, List.of(), List.of());
  }

  public PeerOptions(
      String host,
      String realm,
      boolean connect,
      String address,
      int port,
      List<String> applications) {
    this(host, realm, connect, address, port, applications, List.of());
  }
}
