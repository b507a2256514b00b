package org.reactivehss.config;

import org.reactivehss.api.ApiOptions;

/** Reads {@code http.*} onto {@link ApiOptions}, whose {@code defaults()} hold every default. */
final class ApiSettings {
  private ApiSettings() {
  }

  static ApiOptions read(ConfigTree t) {
    ApiOptions d = ApiOptions.defaults();
    String token = t.string("http.api-token", "");
    return new ApiOptions(
        t.nonEmpty("http.host", d.host()),
        t.integer("http.port", d.port(), 0, 65535),
        token.isBlank() ? null : token,
        t.integer("http.max-body-bytes", (int) d.maxBodyBytes(), 1024, Integer.MAX_VALUE));
  }
}
