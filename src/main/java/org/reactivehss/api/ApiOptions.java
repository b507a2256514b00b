package org.reactivehss.api;

import java.util.List;

/**
 * Provisioning API settings, every default in {@link #defaults()}.
 *
 * @param host listen address; ignored (loopback forced) while no token is configured
 * @param port HTTP port (HSS_HTTP_PORT), 0 for any free port
 * @param token bearer token every call must present (HSS_API_TOKEN); null or blank: no auth,
 *     loopback only
 * @param maxBodyBytes largest request body accepted; for a bulk import (read as a stream), the
 *     longest line
 * @param https TLS on the same port, for the API, /metrics and /health alike
 * @param allowedHosts Host header names accepted besides localhost, 127.0.0.1, [::1] and the
 *     address the connection reached (DNS-rebinding defence, {@link CrossSiteGuard})
 * @param limits connection cap and read deadlines of the HTTP server
 * @param imports batch size and batches in flight of the bulk import
 */
public record ApiOptions(
    String host,
    int port,
    String token,
    long maxBodyBytes,
    HttpsOptions https,
    List<String> allowedHosts,
    HttpLimits limits,
    ImportBatches imports) {

  public ApiOptions {
    allowedHosts = List.copyOf(allowedHosts);
  }

  public ApiOptions(String host, int port, String token, long maxBodyBytes) {
    this(
        host,
        port,
        token,
        maxBodyBytes,
        HttpsOptions.OFF,
        List.of(),
        HttpLimits.DEFAULTS,
        ImportBatches.DEFAULTS);
  }

  public static ApiOptions defaults() {
    return new ApiOptions(
        "0.0.0.0",
        8080,
        null,
        64L * 1024 * 1024,
        HttpsOptions.OFF,
        List.of(),
        HttpLimits.DEFAULTS,
        ImportBatches.DEFAULTS);
  }

  public ApiOptions withPort(int port) {
    return new ApiOptions(host, port, token, maxBodyBytes, https, allowedHosts, limits, imports);
  }

  public ApiOptions withToken(String token) {
    return new ApiOptions(host, port, token, maxBodyBytes, https, allowedHosts, limits, imports);
  }

  public ApiOptions withHttps(HttpsOptions https) {
    return new ApiOptions(host, port, token, maxBodyBytes, https, allowedHosts, limits, imports);
  }

  public ApiOptions withLimits(HttpLimits limits) {
    return new ApiOptions(host, port, token, maxBodyBytes, https, allowedHosts, limits, imports);
  }

  public ApiOptions withImports(ImportBatches imports) {
    return new ApiOptions(host, port, token, maxBodyBytes, https, allowedHosts, limits, imports);
  }

  boolean tokenRequired() {
    return token != null && !token.isBlank();
  }

  @Override
  public String toString() {
    return "ApiOptions[host="
        + host
        + ", port="
        + port
        + ", token="
        + (tokenRequired() ? "<set>" : "none")
        + ", https="
        + https.enabled()
        + ", allowedHosts="
        + allowedHosts
        + ", limits="
        + limits
        + ", imports="
        + imports
        + "]";
  }
}
