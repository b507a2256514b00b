package org.reactivehss.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds and reads the configuration file, then applies the environment.
 *
 * <p>The file is, in order: {@code --config <path>} on the command line, {@code HSS_CONFIG}, or
 * {@code conf/hss.yaml} when it exists; with none of these the built-in defaults apply. Runs once
 * at startup, before any event loop exists, so reading the file synchronously is fine.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static HssConfig load(String[] args, Map<String, String> env) {
    Path file = chooseFile(args, env);
    JsonNode tree = file == null ? null : parse(file);
    return HssConfig.read(new ConfigTree(tree, env));
  }

  /**
   * Reads exactly one file with no environment; tests use it to compare conf/hss.yaml with the
   * defaults.
   */
  public static HssConfig loadFile(Path file) {
    return HssConfig.read(new ConfigTree(parse(file), Map.of()));
  }

  public static HssConfig defaults() {
    return HssConfig.read(new ConfigTree(null, Map.of()));
  }

  static Path chooseFile(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--config") || args[i].equals("-c")) {
        if (i + 1 >= args.length) {
          throw new ConfigException("--config", "needs a file path");
        }
        return existing(Path.of(args[i + 1]), "--config");
      }
    }
    String fromEnv = env.get("HSS_CONFIG");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return existing(Path.of(fromEnv), "HSS_CONFIG");
    }
    Path conventional = Path.of("conf", "hss.yaml");
    return Files.isRegularFile(conventional) ? conventional : null;
  }

  private static Path existing(Path p, String key) {
    if (!Files.isRegularFile(p)) {
      throw new ConfigException(key, "file " + p + " does not exist");
    }
    return p;
  }

  private static JsonNode parse(Path file) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file.toString(), "cannot be read as YAML: " + e.getMessage());
    }
  }
}
