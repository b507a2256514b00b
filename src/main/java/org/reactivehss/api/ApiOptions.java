package org.reactivehss.api;

/**
 * Provisioning API settings, every default in {@link #defaults()}.
 *
 * @param host listen address; ignored (loopback forced) while no token is configured
 * @param port HTTP port (HSS_HTTP_PORT), 0 for any free port
 * @param token bearer token every call must present (HSS_API_TOKEN); null or blank: no auth, loopback only
 * @param maxBodyBytes largest request body accepted; for a bulk import (read as a stream), the longest line
 * @param https TLS on the same port, for the API, /metrics and /health alike
 */
public record ApiOptions(String host, int port, String token, long maxBodyBytes, HttpsOptions https) {

  public ApiOptions(String host, int port, String token, long maxBodyBytes) {
    this(host, port, token, maxBodyBytes, HttpsOptions.OFF);
  }

  public static ApiOptions defaults() {
    return new ApiOptions("0.0.0.0", 8080, null, 64L * 1024 * 1024, HttpsOptions.OFF);
  }

  public ApiOptions withPort(int port) {
    return new ApiOptions(host, port, token, maxBodyBytes, https);
  }

  public ApiOptions withToken(String token) {
    return new ApiOptions(host, port, token, maxBodyBytes, https);
  }

  public ApiOptions withHttps(HttpsOptions https) {
    return new ApiOptions(host, port, token, maxBodyBytes, https);
  }

  boolean tokenRequired() {
    return token != null && !token.isBlank();
  }

  @Override
  public String toString() {
    return "ApiOptions[host=" + host + ", port=" + port + ", token=" + (tokenRequired() ? "<set>" : "none")
        + ", https=" + https.enabled() + "]";
  }
}
