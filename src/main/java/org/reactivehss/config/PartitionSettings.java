package org.reactivehss.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reactivehss.store.ImsiRange;
import org.reactivehss.store.PartitionOptions;

/**
 * Reads one entry of {@code db.partitions} (docs/scale-out.md): a name, its IMSI ranges (inclusive,
 * 15 digits each) and its database, with {@code db.*}'s connection options as defaults; then checks
 * the whole list: unique names, no range in two partitions.
 */
final class PartitionSettings {
  private PartitionSettings() {}

  static PartitionOptions read(ConfigTree e, ConfigTree whole, PartitionOptions base) {
    String name = e.nonEmpty("name", null);
    if (!name.matches("[A-Za-z0-9._-]{1,40}")) {
      throw new ConfigException("name", "'" + name + "' is not 1 to 40 letters, digits, . _ -");
    }
    List<String> texts = e.strings("imsi-ranges", List.of());
    if (texts.isEmpty()) {
      throw new ConfigException("imsi-ranges", "must list at least one range first-last");
    }
    List<ImsiRange> ranges = new ArrayList<>();
    for (String text : texts) {
      ImsiRange range = ImsiRange.parse(text);
      if (range == null) {
        throw new ConfigException(
            "imsi-ranges", "'" + text + "' is not <first>-<last>, each 15 digits (TS 23.003 §2.2)");
      }
      if (range.first() > range.last()) {
        throw new ConfigException("imsi-ranges", "'" + text + "' starts after it ends");
      }
      ranges.add(range);
    }
    String url = e.string("url", "");
    String password = e.string("password", "");
    String passwordEnv = e.string("password-env", "");
    if (!password.isEmpty() && !passwordEnv.isBlank()) {
      throw new ConfigException("password", "give password or password-env, not both");
    }
    if (!passwordEnv.isBlank()) {
      password = whole.environmentVariable(passwordEnv.trim());
      if (password == null) {
        throw new ConfigException("password-env", "environment variable " + passwordEnv + " unset");
      }
    }
    return new PartitionOptions(
        name,
        ranges,
        url.isBlank() ? null : url.trim(),
        e.nonEmpty("host", base.host()),
        e.integer("port", base.port(), 1, 65535),
        e.nonEmpty("database", base.database()),
        e.nonEmpty("user", base.user()),
        password.isEmpty() ? base.password() : password,
        e.bool("ssl", base.ssl()));
  }

  /** Unique names; no IMSI in two ranges (each IMSI's rows and SQN must live in one place). */
  static List<PartitionOptions> check(List<PartitionOptions> partitions) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < partitions.size(); i++) {
      PartitionOptions p = partitions.get(i);
      if (!names.add(p.name())) {
        throw new ConfigException(
            "db.partitions[" + i + "].name", "'" + p.name() + "' names two partitions");
      }
      for (int j = 0; j <= i; j++) {
        List<ImsiRange> earlier = partitions.get(j).ranges();
        for (int a = 0; a < p.ranges().size(); a++) {
          for (int b = 0; b < earlier.size(); b++) {
            if ((j < i || b < a) && p.ranges().get(a).overlaps(earlier.get(b))) {
              throw new ConfigException(
                  "db.partitions[" + i + "].imsi-ranges",
                  p.ranges().get(a)
                      + " overlaps "
                      + earlier.get(b)
                      + " of db.partitions["
                      + j
                      + "] ("
                      + partitions.get(j).name()
                      + ")");
            }
          }
        }
      }
    }
    return partitions;
  }
}
