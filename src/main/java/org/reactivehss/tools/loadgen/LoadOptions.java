package org.reactivehss.tools.loadgen;

import java.util.HashMap;
import java.util.Map;

/**
 * Load generator settings from {@code --key value} arguments.
 *
 * @param host HSS address
 * @param port HSS Diameter port
 * @param connections TCP connections, each with its own Origin-Host (bench-N.localdomain)
 * @param window requests outstanding per connection (pipelining depth); closed loop
 * @param warmupSeconds traffic before measuring starts
 * @param durationSeconds measured traffic
 * @param message what to send: "dwr" (answered by the peer layer itself), "mar" (Cx, one item)
 * @param imsiBase first IMSI of the provisioned subscribers (mar)
 * @param subscribers how many consecutive IMSIs from imsiBase the requests pick from at random (mar)
 */
record LoadOptions(String host, int port, int connections, int window, int warmupSeconds, int durationSeconds,
    String message, long imsiBase, int subscribers) {

  static LoadOptions parse(String[] args) {
    Map<String, String> a = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      a.put(args[i].substring(2), args[i + 1]);
    }
    return new LoadOptions(
        a.getOrDefault("host", "127.0.0.1"),
        Integer.parseInt(a.getOrDefault("port", "3868")),
        Integer.parseInt(a.getOrDefault("connections", "4")),
        Integer.parseInt(a.getOrDefault("window", "128")),
        Integer.parseInt(a.getOrDefault("warmup", "5")),
        Integer.parseInt(a.getOrDefault("duration", "20")),
        a.getOrDefault("message", "dwr"),
        Long.parseLong(a.getOrDefault("imsi-base", "999700000000000")),
        Integer.parseInt(a.getOrDefault("subscribers", "10000")));
  }
}
