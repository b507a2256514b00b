package org.reactivehss.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one freeDiameter daemon should be: its identity, whether it listens, whom it dials and whom
 * it lets in. Rendered to a freeDiameter.conf (grammar of freeDiameter 1.2.1, libfdcore/fdd.y).
 */
public final class FreeDiameterConfig {

  /** freeDiameter rejects a TwTimer below 6 s (fdd.y: "$3 > 5"); RFC 3539 §3.4.1 asks for 6 s. */
  public static final int MIN_WATCHDOG_SECONDS = 6;

  private static final Pattern DIAMETER_IDENTITY = Pattern.compile("[A-Za-z0-9.-]+");

  /** How freeDiameter secures a connection it dials. */
  public enum DialSecurity {
    /** No_TLS: clear TCP. */
    CLEAR,
    /** RFC 6733 §13: TLS from the first byte, on the peer's TLS port. */
    TLS,
    /** TLS_old_method (RFC 3588 §6.10): clear CER/CEA offering Inband-Security-Id TLS, then TLS. */
    TLS_OLD_METHOD
  }

  private record DialledPeer(String identity, String address, int port, DialSecurity security) {}

  final String identity;
  final String realm;
  private int listenPort;
  private int watchdogSeconds = MIN_WATCHDOG_SECONDS;
  private int reconnectSeconds = 1;
  private final List<DialledPeer> dialled = new ArrayList<>();
  private final List<String> accepted = new ArrayList<>();
  private final List<Path> trusted = new ArrayList<>();
  private SelfSignedCertificate certificate;

  private FreeDiameterConfig(String identity, String realm) {
    this.identity = checkedIdentity(identity);
    this.realm = checkedIdentity(realm);
  }

  /** A daemon called {@code identity} in {@code realm} that neither listens nor dials yet. */
  public static FreeDiameterConfig of(String identity, String realm) {
    return new FreeDiameterConfig(identity, realm);
  }

  /** Listen for TCP connections on this port (all IPv4 addresses); 0, the default, disables it. */
  public FreeDiameterConfig listenPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    this.listenPort = port;
    return this;
  }

  /**
   * Dial this peer and keep the connection up (ConnectPeer, clear TCP, No_TLS). freeDiameter then
   * also accepts this peer's own connections. The CEA's Origin-Host must equal {@code identity}.
   *
   * @param address numeric IP address, e.g. 127.0.0.1
   */
  public FreeDiameterConfig connectTo(String identity, String address, int port) {
    return connectTo(identity, address, port, DialSecurity.CLEAR);
  }

  /**
   * As above, secured as {@code security} says; TLS needs the peer's certificate {@link #trust}ed.
   */
  public FreeDiameterConfig connectTo(
      String identity, String address, int port, DialSecurity security) {
    dialled.add(
        new DialledPeer(checkedIdentity(identity), checkedIdentity(address), port, security));
    return this;
  }

  /** Also trust this PEM certificate (TLS_CA); the daemon's own certificate is always trusted. */
  public FreeDiameterConfig trust(Path certificatePem) {
    trusted.add(certificatePem);
    return this;
  }

  /**
   * Use this certificate (its CN must be the identity) instead of a fresh one, so that the other
   * side can be told to trust it before the daemon starts.
   */
  public FreeDiameterConfig certificate(SelfSignedCertificate certificate) {
    this.certificate = certificate;
    return this;
  }

  SelfSignedCertificate certificateOrNull() {
    return certificate;
  }

  /**
   * Let this peer connect in without ever dialling it (acl_wl extension, ALLOW_IPSEC: a CER that
   * says No-Inband-Security or nothing is accepted in clear). Without it or {@link #connectTo},
   * freeDiameter answers a CER with 3010 DIAMETER_UNKNOWN_PEER.
   */
  public FreeDiameterConfig acceptFrom(String identity) {
    accepted.add(checkedIdentity(identity));
    return this;
  }

  /** TwTimer: idle seconds before freeDiameter sends a DWR; it adds RFC 3539 jitter of ±2 s. */
  public FreeDiameterConfig watchdogSeconds(int seconds) {
    if (seconds < MIN_WATCHDOG_SECONDS) {
      throw new IllegalArgumentException("freeDiameter needs TwTimer >= 6 s, got " + seconds);
    }
    this.watchdogSeconds = seconds;
    return this;
  }

  /** TcTimer: seconds between attempts to dial a peer that is down. Default 1. */
  public FreeDiameterConfig reconnectSeconds(int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("TcTimer must be positive, got " + seconds);
    }
    this.reconnectSeconds = seconds;
    return this;
  }

  /** Writes freeDiameter.conf, and the whitelist if needed, into {@code dir}; returns the conf. */
  Path writeTo(Path dir, SelfSignedCertificate certificate, FreeDiameterInstallation installation)
      throws IOException {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "Identity = " + quoted(identity) + ";",
                "Realm = " + quoted(realm) + ";",
                "Port = " + listenPort + ";",
                // The TLS port would otherwise bind 5868 and collide between daemons.
                "SecPort = 0;",
                // This kernel has no SCTP; IPv6 is not needed on loopback.
                "No_SCTP;",
                "No_IPv6;",
                "TcTimer = " + reconnectSeconds + ";",
                "TwTimer = " + watchdogSeconds + ";",
                "TLS_Cred = "
                    + quoted(certificate.certificatePem)
                    + ", "
                    + quoted(certificate.privateKeyPem)
                    + ";",
                "TLS_CA = " + quoted(certificate.certificatePem) + ";"));
    // One TLS_CA per file: freeDiameter rejects a file whose certificates do not form one chain.
    for (Path p : trusted) {
      lines.add("TLS_CA = " + quoted(p) + ";");
    }
    for (String dictionary : FreeDiameterInstallation.DICTIONARIES) {
      lines.add("LoadExtension = " + quoted(installation.extension(dictionary)) + ";");
    }
    if (!accepted.isEmpty()) {
      Path whitelist =
          Files.writeString(
              dir.resolve("acl_wl.conf"), "ALLOW_IPSEC " + String.join(" ", accepted) + "\n");
      lines.add(
          "LoadExtension = "
              + quoted(installation.extension(FreeDiameterInstallation.WHITELIST_EXTENSION))
              + " : "
              + quoted(whitelist)
              + ";");
    }
    for (DialledPeer peer : dialled) {
      String security =
          switch (peer.security()) {
            case CLEAR -> " No_TLS;";
            case TLS -> "";
            case TLS_OLD_METHOD -> " TLS_old_method;";
          };
      lines.add(
          "ConnectPeer = "
              + quoted(peer.identity())
              + " { ConnectTo = "
              + quoted(peer.address())
              + "; Port = "
              + peer.port()
              + ";"
              + security
              + " };");
    }
    return Files.write(dir.resolve("freeDiameter.conf"), lines);
  }

  private static String quoted(Object value) {
    return "\"" + value + "\"";
  }

  private static String checkedIdentity(String value) {
    if (value == null || !DIAMETER_IDENTITY.matcher(value).matches()) {
      throw new IllegalArgumentException("not a plain host name or address: " + value);
    }
    return value;
  }
}
