package org.reactivehss.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.diameter.transport.DiameterOptions.SctpMode;
import org.reactivehss.diameter.transport.TlsOptions;
import org.reactivehss.diameter.transport.TlsOptions.Inband;

/**
 * Reads {@code diameter.*} onto {@link DiameterOptions} and {@link TlsOptions}. The options belong
 * to the Diameter layers; reading them belongs here, so that those layers never import config.
 */
final class DiameterSettings {
  private DiameterSettings() {}

  static DiameterOptions read(ConfigTree t) {
    return new DiameterOptions(
        t.nonEmpty("diameter.listen-address", "0.0.0.0"),
        t.integer("diameter.port", 3868, 0, 65535),
        t.choice("diameter.sctp", SctpMode.AUTO, SctpMode.class),
        t.integer("diameter.sctp-port", 3868, 0, 65535),
        t.strings("diameter.sctp-extra-addresses", List.of()),
        t.integer("diameter.max-message-size", 65536, 4096, 16 * 1024 * 1024),
        t.integer("diameter.cer-timeout-ms", 10_000, 100, 600_000),
        t.integer("diameter.watchdog-interval-ms", 30_000, 6_000, 600_000),
        t.integer("diameter.reconnect-interval-ms", 30_000, 100, 600_000),
        t.integer("diameter.request-timeout-ms", 2_000, 10, 60_000),
        t.integer("diameter.max-in-flight-per-peer", 4_096, 1, 1_000_000),
        t.integer("diameter.max-in-flight", 16_384, 1, 10_000_000),
        t.integer("diameter.instances", 0, 0, 256),
        t.strings("diameter.allowed-peers", List.of("*.localdomain")),
        t.objects("diameter.peers", PeerSettings::read),
        tls(t),
        t.integer("diameter.max-connections", 1_024, 1, 1_000_000));
  }

  private static TlsOptions tls(ConfigTree t) {
    boolean enabled = t.bool("diameter.tls.enabled", false);
    int port = t.integer("diameter.tls.port", 5658, 0, 65535);
    String cert = t.string("diameter.tls.certificate", "");
    String key = t.string("diameter.tls.private-key", "");
    String trusted = t.string("diameter.tls.trusted-certificates", "");
    boolean mutual = t.bool("diameter.tls.require-client-certificate", true);
    String inbandSetting = t.string("diameter.tls.inband", "auto").toLowerCase(Locale.ROOT);
    Inband inband =
        switch (inbandSetting) {
          case "auto" -> cert.isBlank() ? Inband.OFF : Inband.OFFER;
          case "off" -> Inband.OFF;
          case "offer" -> Inband.OFFER;
          case "require" -> Inband.REQUIRE;
          default ->
              throw new ConfigException(
                  "diameter.tls.inband",
                  "'" + inbandSetting + "' is not one of auto, off, offer, require");
        };
    if (enabled || inband != Inband.OFF) {
      String why =
          enabled ? "diameter.tls.enabled is true" : "diameter.tls.inband is " + inbandSetting;
      requireFile("diameter.tls.certificate", cert, why);
      requireFile("diameter.tls.private-key", key, why);
      if (mutual) {
        requireFile("diameter.tls.trusted-certificates", trusted, why);
      }
    }
    return new TlsOptions(enabled, port, cert, key, trusted, mutual, inband);
  }

  /** Startup check only (before any event loop runs), so reading the file system here is fine. */
  private static void requireFile(String key, String path, String why) {
    if (path.isBlank()) {
      throw new ConfigException(key, "is required when " + why);
    }
    if (!Files.isReadable(Path.of(path))) {
      throw new ConfigException(key, "file " + path + " cannot be read");
    }
  }
}
