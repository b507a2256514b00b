package org.reactivehss.config;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reactivehss.api.ApiOptions;
import org.reactivehss.api.HttpLimits;
import org.reactivehss.api.HttpsOptions;
import org.reactivehss.api.ImportBatches;

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
        imports(t));
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
