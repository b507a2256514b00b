package org.reactivehss.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The merged configuration (YAML file, then environment) with typed, validated reads.
 *
 * <p>Every option is read exactly once, by name, with its default right there; the tree remembers
 * which keys were read so that an unknown key in the file (a typo) stops the process instead of
 * being ignored. Environment overrides follow one rule: key {@code diameter.watchdog-interval-ms}
 * is overridden by {@code HSS_DIAMETER_WATCHDOG_INTERVAL_MS} (dots and dashes become underscores),
 * plus the aliases in {@link #ENV_ALIASES}. Lists take comma-separated values from the environment.
 */
final class ConfigTree {
  /** Short names that operators already know from other HSS deployments. */
  static final Map<String, String> ENV_ALIASES =
      Map.of(
          "HSS_KEY_ENCRYPTION_KEY", "security.key-encryption-key",
          "HSS_API_TOKEN", "http.api-token");

  private final JsonNode root;
  private final Map<String, String> env;
  private final Set<String> read = new LinkedHashSet<>();

  ConfigTree(JsonNode root, Map<String, String> env) {
    this.root = root == null || root.isNull() || root.isMissingNode() ? null : root;
    this.env = env;
    if (this.root != null && !this.root.isObject()) {
      throw new ConfigException("<root>", "the file must be a YAML mapping");
    }
  }

  static String envName(String key) {
    return "HSS_" + key.toUpperCase().replace('.', '_').replace('-', '_');
  }

  String string(String key, String def) {
    String raw = raw(key);
    return raw == null ? def : raw;
  }

  /** The environment variable {@code name} itself (a secret named by the file), or null. */
  String environmentVariable(String name) {
    return env.get(name);
  }

  String nonEmpty(String key, String def) {
    String v = string(key, def);
    if (v == null || v.isBlank()) {
      throw new ConfigException(key, "must not be empty");
    }
    return v.trim();
  }

  int integer(String key, int def, int min, int max) {
    String raw = raw(key);
    if (raw == null) {
      return def;
    }
    int v;
    try {
      v = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(key, "'" + raw + "' is not an integer");
    }
    if (v < min || v > max) {
      throw new ConfigException(key, v + " is outside " + min + ".." + max);
    }
    return v;
  }

  boolean bool(String key, boolean def) {
    String raw = raw(key);
    if (raw == null) {
      return def;
    }
    return switch (raw.trim().toLowerCase()) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(key, "'" + raw + "' is not true or false");
    };
  }

  <E extends Enum<E>> E choice(String key, E def, Class<E> type) {
    String raw = raw(key);
    if (raw == null) {
      return def;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(raw.trim().replace('-', '_'))) {
        return e;
      }
    }
    throw new ConfigException(
        key, "'" + raw + "' is not one of " + List.of(type.getEnumConstants()));
  }

  List<String> strings(String key, List<String> def) {
    markRead(key);
    String fromEnv = envValue(key);
    if (fromEnv != null) {
      return splitCsv(fromEnv);
    }
    JsonNode node = node(key);
    if (node == null || node.isNull()) {
      return def;
    }
    if (!node.isArray()) {
      throw new ConfigException(key, "must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      if (!n.isValueNode()) {
        throw new ConfigException(key, "must be a list of plain values");
      }
      out.add(n.asText());
    }
    return List.copyOf(out);
  }

  /** Reads a list of mappings (e.g. peers) with a reader per element; no environment override. */
  <T> List<T> objects(String key, Function<ConfigTree, T> element) {
    markRead(key);
    JsonNode node = node(key);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new ConfigException(key, "must be a list");
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : node) {
      String path = key + "[" + i++ + "]";
      if (!n.isObject()) {
        throw new ConfigException(path, "must be a mapping");
      }
      ConfigTree sub = new ConfigTree(n, Map.of());
      try {
        out.add(element.apply(sub));
      } catch (ConfigException e) {
        throw new ConfigException(path, e.getMessage());
      }
      sub.rejectUnknownKeys();
    }
    return List.copyOf(out);
  }

  /**
   * Fails on the first key present in the file that no option read: typos must not pass silently.
   */
  void rejectUnknownKeys() {
    if (root != null) {
      checkKnown(root, "");
    }
  }

  private void checkKnown(JsonNode node, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = prefix + f.getKey();
      if (read.contains(key)) {
        continue;
      }
      if (f.getValue().isObject() && read.stream().anyMatch(k -> k.startsWith(key + "."))) {
        checkKnown(f.getValue(), key + ".");
      } else {
        throw new ConfigException(key, "unknown key (check the spelling against conf/hss.yaml)");
      }
    }
  }

  private String raw(String key) {
    markRead(key);
    String fromEnv = envValue(key);
    if (fromEnv != null) {
      return fromEnv;
    }
    JsonNode node = node(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new ConfigException(key, "must be a plain value, not a " + node.getNodeType());
    }
    return node.asText();
  }

  private void markRead(String key) {
    read.add(key);
  }

  private String envValue(String key) {
    String v = env.get(envName(key));
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> alias : ENV_ALIASES.entrySet()) {
      if (alias.getValue().equals(key) && env.containsKey(alias.getKey())) {
        return env.get(alias.getKey());
      }
    }
    return null;
  }

  private JsonNode node(String key) {
    if (root == null) {
      return null;
    }
    JsonNode n = root;
    for (String part : key.split("\\.")) {
      if (!(n instanceof ObjectNode) || !n.has(part)) {
        return null;
      }
      n = n.get(part);
    }
    return n;
  }

  private static List<String> splitCsv(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return List.copyOf(out);
  }
}
