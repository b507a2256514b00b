package org.reactivehss.api;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.store.AuditOptions;

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
 * @param tokens named tokens with their roles ({@code http.api-tokens}), besides {@code token}
 * @param audit retention of the provisioning audit log ({@code http.audit.*})
 */
public record ApiOptions(
    String host,
    int port,
    String token,
    long maxBodyBytes,
    HttpsOptions https,
    List<String> allowedHosts,
    HttpLimits limits,
    ImportBatches imports,
    List<ApiToken> tokens,
    AuditOptions audit) {

  public ApiOptions {
    allowedHosts = List.copyOf(allowedHosts);
    tokens = List.copyOf(tokens);
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
        ImportBatches.DEFAULTS,
        List.of(),
        AuditOptions.DEFAULTS);
  }

  public ApiOptions(
      String host,
      int port,
      String token,
      long maxBodyBytes,
      HttpsOptions https,
      List<String> allowedHosts,
      HttpLimits limits) {
    this(
        host,
        port,
        token,
        maxBodyBytes,
        https,
        allowedHosts,
        limits,
        ImportBatches.DEFAULTS,
        List.of(),
        AuditOptions.DEFAULTS);
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
        ImportBatches.DEFAULTS,
        List.of(),
        AuditOptions.DEFAULTS);
  }

  public ApiOptions withTokens(List<ApiToken> tokens) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  public ApiOptions withAudit(AuditOptions audit) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  /** Every token the API accepts: {@code token} as read-write "default", then the named ones. */
  List<ApiToken> acceptedTokens() {
    List<ApiToken> all = new ArrayList<>();
    if (token != null && !token.isBlank()) {
      all.add(ApiToken.ofSecret(ApiToken.DEFAULT_NAME, token, ApiToken.Role.READ_WRITE));
    }
    all.addAll(tokens);
    return all;
  }

  public ApiOptions withPort(int port) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  public ApiOptions withToken(String token) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  public ApiOptions withHttps(HttpsOptions https) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  public ApiOptions withLimits(HttpLimits limits) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  public ApiOptions withImports(ImportBatches imports) {
    return new ApiOptions(
        host, port, token, maxBodyBytes, https, allowedHosts, limits, imports, tokens, audit);
  }

  boolean tokenRequired() {
    return (token != null && !token.isBlank()) || !tokens.isEmpty();
  }

  @Override
  public String toString() {
    return "ApiOptions[host="
        + host
        + ", port="
        + port
        + ", token="
        + (token != null && !token.isBlank() ? "<set>" : "none")
        + ", tokens="
        + tokens
        + ", audit="
        + audit
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
