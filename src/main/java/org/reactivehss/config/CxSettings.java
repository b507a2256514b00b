package org.reactivehss.config;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.app.cx.CxOptions;

/** Reads {@code cx.*} onto {@link CxOptions}, whose {@code defaults()} hold every default. */
final class CxSettings {
  private CxSettings() {}

  static CxOptions read(ConfigTree t) {
    CxOptions d = CxOptions.defaults();
    return new CxOptions(
        capabilities(t, "cx.server-capabilities.mandatory", d.mandatoryCapabilities()),
        capabilities(t, "cx.server-capabilities.optional", d.optionalCapabilities()),
        t.strings("cx.server-capabilities.server-names", d.serverNames()),
        t.string("cx.ifc-template", d.ifcTemplate()).trim());
  }

  /** Capabilities are operator-defined Unsigned32 values (TS 29.229 §6.3.6, §6.3.7). */
  private static List<Long> capabilities(ConfigTree t, String key, List<Long> def) {
    List<String> raw = t.strings(key, null);
    if (raw == null) {
      return def;
    }
    List<Long> out = new ArrayList<>();
    for (String value : raw) {
      try {
        long v = Long.parseLong(value.trim());
        if (v < 0 || v > 0xFFFFFFFFL) {
          throw new ConfigException(key, v + " is outside 0..4294967295");
        }
        out.add(v);
      } catch (NumberFormatException e) {
        throw new ConfigException(key, "'" + value + "' is not an integer");
      }
    }
    return List.copyOf(out);
  }
}
