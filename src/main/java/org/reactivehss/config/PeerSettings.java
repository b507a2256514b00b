package org.reactivehss.config;

import java.util.List;
import java.util.Locale;
import org.reactivehss.diameter.peer.DiameterApplication;
import org.reactivehss.diameter.transport.PeerOptions;

/**
 * Reads one entry of {@code diameter.peers} onto {@link PeerOptions}, refusing grants it cannot
 * hold.
 */
final class PeerSettings {
  private PeerSettings() {}

  static PeerOptions read(ConfigTree t) {
    boolean connect = t.bool("connect", false);
    String host = t.nonEmpty("host", null);
    String realm = t.string("realm", "");
    String address = connect ? t.nonEmpty("address", null) : t.string("address", "");
    int port = t.integer("port", 3868, 1, 65535);
    List<String> applications =
        t.strings("applications", List.of()).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    for (String a : applications) {
      if (DiameterApplication.named(a) == null) {
        throw new ConfigException(
            "applications", "'" + a + "' is not one of " + DiameterApplication.configNames());
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
