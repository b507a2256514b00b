package org.reactivehss.tools.loadgen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Load generator settings from {@code --key value} arguments.
 *
 * @param host HSS address
 * @param port HSS Diameter port
 * @param connections TCP connections, each with its own Origin-Host (bench-N.localdomain)
 * @param window requests outstanding per connection (pipelining depth) in closed loop
 * @param rate requests per second over all connections in open loop (sent on a timer whatever the
 *     answers do); 0 = closed loop at {@code window}
 * @param warmupSeconds traffic before measuring starts
 * @param durationSeconds measured traffic
 * @param message what to send: "dwr" (answered by the peer layer itself) or "air" (S6a AIR for one
 *     E-UTRAN vector, TS 29.272 §7.2.5, for a random one of {@code subscribers} IMSIs) or "mar"
 *     (Cx MAR for one Digest-AKAv1-MD5 item, TS 29.229 §6.1.7, likewise; see {@link CxRequestFactory})
 *     or "ulr" (S6a ULR from the connection's MME identity, TS 29.272 §7.2.3; see {@link S6aRequestFactory})
 * @param firstImsi the first provisioned IMSI, 15 digits ({@code --first-imsi}, or {@code --imsi-prefix}
 *     followed by zeros; default 001010000000000)
 * @param subscribers how many consecutive IMSIs from {@code firstImsi} were provisioned
 */
record LoadOptions(String host, int port, int connections, int window, int rate, int warmupSeconds,
    int durationSeconds, String message, long firstImsi, int subscribers) {

  static LoadOptions parse(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      a.put(args[i].substring(2), args[i + 1]);
    }
    LoadOptions o = new LoadOptions(
        a.getOrDefault("host", "127.0.0.1"),
        Integer.parseInt(a.getOrDefault("port", "3868")),
        Integer.parseInt(a.getOrDefault("connections", "4")),
        Integer.parseInt(a.getOrDefault("window", "128")),
        Integer.parseInt(a.getOrDefault("rate", "0")),
        Integer.parseInt(a.getOrDefault("warmup", "5")),
        Integer.parseInt(a.getOrDefault("duration", "20")),
        a.getOrDefault("message", "dwr"),
        firstImsi(a),
        Integer.parseInt(a.getOrDefault("subscribers", "10000")));
    if (!Set.of("dwr", "air", "mar", "ulr").contains(o.message)) {
      throw new IllegalArgumentException("--message must be dwr, air, mar or ulr");
    }
    if (o.subscribers < 1 || o.firstImsi + o.subscribers > 999_999_999_999_999L) {
      throw new IllegalArgumentException("--subscribers must be >= 1 and the range must stay within 15 digits");
    }
    if (o.message.equals("ulr") && o.subscribers < o.connections) {
      throw new IllegalArgumentException("--message ulr splits the IMSIs among the connections: "
          + "--subscribers must be at least --connections");
    }
    return o;
  }

  private static long firstImsi(Map<String, String> a) {
    String first = a.get("first-imsi");
    if (first == null) {
      String prefix = a.getOrDefault("imsi-prefix", "00101");
      if (prefix.length() >= 15 || !prefix.matches("[0-9]+")) {
        throw new IllegalArgumentException("--imsi-prefix must be fewer than 15 digits");
      }
      first = prefix + "0".repeat(15 - prefix.length());
    }
    if (!first.matches("[0-9]{15}")) {
      throw new IllegalArgumentException("--first-imsi must be 15 digits");
    }
    return Long.parseLong(first);
  }

  boolean openLoop() {
    return rate > 0;
  }

  /** The IMSI of subscriber {@code index}: the first IMSI + index, zero-padded to 15 digits. */
  String imsi(int index) {
    String digits = Long.toString(firstImsi + index);
    return "0".repeat(15 - digits.length()) + digits;
  }
}
