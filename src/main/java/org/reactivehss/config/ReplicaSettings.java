package org.reactivehss.config;

import java.util.regex.Pattern;
import org.reactivehss.replica.ReplicaOptions;

/** Reads {@code replica.*} onto {@link ReplicaOptions} (docs/scale-out.md). */
final class ReplicaSettings {
  /** Pod names and host names fit; nothing that needs quoting in logs or SQL. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private ReplicaSettings() {}

  static ReplicaOptions read(ConfigTree t) {
    String id = t.string("replica.id", "").trim();
    // empty: generated at start (ReplicaOptions.named), so the defaults stay one fixed value
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      throw new ConfigException(
          "replica.id", "'" + id + "' must be 1-100 of letters, digits, '.', '_' and '-'");
    }
    return new ReplicaOptions(
        id,
        t.bool("replica.relay", true),
        t.integer(
            "replica.heartbeat-interval-ms",
            (int) ReplicaOptions.DEFAULT_HEARTBEAT_MS,
            100,
            60_000),
        t.integer(
            "replica.relay-margin-ms", (int) ReplicaOptions.DEFAULT_RELAY_MARGIN_MS, 100, 60_000));
  }
}
