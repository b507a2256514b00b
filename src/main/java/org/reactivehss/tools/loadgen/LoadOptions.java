package org.reactivehss.tools.loadgen;

import java.util.HashMap;
import java.util.Map;

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
 * @param imsiPrefix the IMSIs are this prefix followed by a zero-padded index, 15 digits in all
 * @param subscribers how many IMSIs (index 0 .. subscribers - 1) were provisioned
 */
record LoadOptions(String host, int port, int connections, int window, int rate, int warmupSeconds,
    int durationSeconds, String message, String imsiPrefix, int subscribers) {

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
        a.getOrDefault("imsi-prefix", "00101"),
        Integer.parseInt(a.getOrDefault("subscribers", "10000")));
    if (!o.message.equals("dwr") && !o.message.equals("air") && !o.message.equals("mar")) {
      throw new IllegalArgumentException("--message must be dwr, air or mar");
    }
    if (o.imsiPrefix.length() >= 15 || !o.imsiPrefix.matches("[0-9]+")) {
      throw new IllegalArgumentException("--imsi-prefix must be fewer than 15 digits");
    }
    return o;
  }

  boolean openLoop() {
    return rate > 0;
  }

  /** The IMSI of subscriber {@code index}: prefix + index, zero-padded to 15 digits. */
  String imsi(int index) {
    String digits = Integer.toString(index);
    return imsiPrefix + "0".repeat(15 - imsiPrefix.length() - digits.length()) + digits;
  }
}
