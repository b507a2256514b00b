package org.reactivehss.config;

/**
 * The HTTP listener for provisioning, health and metrics (conf/hss.yaml {@code http.*}).
 *
 * @param host bind address; without an API token the server binds to 127.0.0.1 whatever this says
 * @param port HTTP port
 * @param apiToken bearer token required on /api/v1 when set (HSS_API_TOKEN); never logged
 */
public record HttpOptions(String host, int port, String apiToken) {

  static HttpOptions read(ConfigTree t) {
    return new HttpOptions(
        t.nonEmpty("http.host", "0.0.0.0"),
        t.integer("http.port", 8080, 0, 65535),
        t.string("http.api-token", ""));
  }

  @Override
  public String toString() {
    return "HttpOptions[host=" + host + ", port=" + port + ", apiToken=" + (apiToken.isEmpty() ? "none" : "<set>")
        + "]";
  }
}
