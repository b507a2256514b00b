package org.reactivehss.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reactivehss.api.ApiOptions;
import org.reactivehss.api.ApiToken;
import org.reactivehss.api.HttpLimits;
import org.reactivehss.api.HttpsOptions;
import org.reactivehss.api.ImportBatches;
import org.reactivehss.store.AuditOptions;

/** Reads {@code http.*} onto {@link ApiOptions}, whose {@code defaults()} hold every default. */
final class ApiSettings {
  private ApiSettings() {}

  static ApiOptions read(ConfigTree t) {
    ApiOptions d = ApiOptions.defaults();
    String token = t.string("http.api-token", "");
    return new ApiOptions(
        t.nonEmpty("http.host", d.host()),
        t.integer("http.port", d.port(), 0, 65535),
        token.isBlank() ? null : token,
        t.integer("http.max-body-bytes", (int) d.maxBodyBytes(), 1024, Integer.MAX_VALUE),
        https(t),
        t.strings("http.allowed-hosts", d.allowedHosts()),
        limits(t),
        imports(t),
        tokens(t, !token.isBlank()),
        audit(t));
  }

  private static AuditOptions audit(ConfigTree t) {
    AuditOptions d = AuditOptions.DEFAULTS;
    return new AuditOptions(
        t.integer("http.audit.max-age-days", d.maxAgeDays(), 1, 36_500),
        t.integer("http.audit.max-rows", d.maxRows(), 1, Integer.MAX_VALUE),
        t.integer("http.audit.prune-interval-ms", (int) d.pruneIntervalMs(), 1_000, 86_400_000));
  }

  /**
   * {@code http.api-tokens}: each {name, role, and one of token, token-env, token-sha256}. Names
   * are unique; "default" is the name of HSS_API_TOKEN's token.
   */
  private static List<ApiToken> tokens(ConfigTree t, boolean defaultTokenSet) {
    List<ApiToken> tokens = t.objects("http.api-tokens", e -> token(e, t));
    Set<String> names = new HashSet<>();
    if (defaultTokenSet) {
      names.add(ApiToken.DEFAULT_NAME);
    }
    for (ApiToken token : tokens) {
      if (!names.add(token.name())) {
        throw new ConfigException(
            "http.api-tokens",
            "two tokens are named '" + token.name() + "' (\"default\" is HSS_API_TOKEN's)");
      }
    }
    return tokens;
  }

  private static ApiToken token(ConfigTree e, ConfigTree whole) {
    String name = e.nonEmpty("name", null);
    String roleName = e.string("role", "");
    ApiToken.Role role = null;
    for (ApiToken.Role r : ApiToken.Role.values()) {
      if (r.configName().equals(roleName)) {
        role = r;
      }
    }
    if (role == null) {
      throw new ConfigException("role", "must be read-only or read-write");
    }
    String secret = e.string("token", "");
    String env = e.string("token-env", "");
    String hash = e.string("token-sha256", "");
    int given = (secret.isBlank() ? 0 : 1) + (env.isBlank() ? 0 : 1) + (hash.isBlank() ? 0 : 1);
    if (given != 1) {
      throw new ConfigException("token", "give exactly one of token, token-env, token-sha256");
    }
    if (!hash.isBlank()) {
      if (!hash.matches("[0-9a-fA-F]{64}")) {
        throw new ConfigException(
            "token-sha256", "must be 64 hex digits, quoted (sha256sum of the token)");
      }
      return ApiToken.ofSha256(name, hash, role);
    }
    if (!env.isBlank()) {
      secret = whole.environmentVariable(env);
      if (secret == null || secret.isBlank()) {
        throw new ConfigException("token-env", "environment variable " + env + " is not set");
      }
    }
    return ApiToken.ofSecret(name, secret, role);
  }

  private static ImportBatches imports(ConfigTree t) {
    ImportBatches d = ImportBatches.DEFAULTS;
    return new ImportBatches(
        t.integer("http.import-batch-size", d.size(), 1, 100_000),
        t.integer("http.import-batches-in-flight", d.inFlight(), 1, 64));
  }

  private static HttpLimits limits(ConfigTree t) {
    HttpLimits d = HttpLimits.DEFAULTS;
    return new HttpLimits(
        t.integer("http.max-connections", d.maxConnections(), 1, 1_000_000),
        t.integer("http.idle-timeout-ms", d.idleTimeoutMs(), 100, 3_600_000),
        t.integer("http.request-header-timeout-ms", d.headerTimeoutMs(), 100, 600_000),
        t.integer("http.request-body-timeout-ms", d.bodyTimeoutMs(), 100, 3_600_000));
  }

  private static HttpsOptions https(ConfigTree t) {
    boolean enabled = t.bool("http.tls.enabled", false);
    String cert = t.string("http.tls.certificate", "");
    String key = t.string("http.tls.private-key", "");
    if (enabled) {
      requireFile("http.tls.certificate", cert);
      requireFile("http.tls.private-key", key);
    }
    return new HttpsOptions(enabled, cert, key);
  }

  /** Startup check only (before any event loop runs), so reading the file system here is fine. */
  private static void requireFile(String key, String path) {
    if (path.isBlank() || !Files.isReadable(Path.of(path))) {
      throw new ConfigException(key, "must name a readable PEM file when http.tls.enabled is true");
    }
  }
}
