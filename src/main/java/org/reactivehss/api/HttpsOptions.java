package org.reactivehss.api;

/**
 * HTTPS on the HTTP port (API, /metrics and /health alike): one port speaks either TLS or plain
 * HTTP, never both, so with HTTPS enabled a plain-HTTP client gets no answer at all.
 *
 * @param enabled serve TLS instead of plain HTTP
 * @param certificate PEM file with the server certificate (chain)
 * @param privateKey PEM file with its private key (PKCS#8)
 */
public record HttpsOptions(boolean enabled, String certificate, String privateKey) {
  public static final HttpsOptions OFF = new HttpsOptions(false, "", "");

  public String scheme() {
    return enabled ? "https" : "http";
  }
}
