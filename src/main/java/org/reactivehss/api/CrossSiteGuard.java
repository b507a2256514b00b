package org.reactivehss.api;

import io.netty.util.NetUtil;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first handler of the router, ahead of every route (health, metrics, the API, pages added
 * later): it refuses what a browser can be made to send on an attacker's behalf.
 *
 * <ul>
 *   <li>Host (421): DNS rebinding points an attacker's name at this server, and the browser then
 *       sends that name as Host. Accepted: localhost, 127.0.0.1, [::1], {@code http.allowed-hosts},
 *       and the IP address the connection actually reached (what kubelet probes and Prometheus
 *       send; a browser page at an IP literal belongs to this server, so rebinding cannot produce
 *       one).
 *   <li>Origin (403): a request whose Origin is not this server's own scheme://host:port, or whose
 *       Sec-Fetch-Site says another site sent it. Requests without them (curl, scripts) pass.
 *   <li>Content-Type (415): a body must be application/json (application/x-ndjson for the import).
 *       A form or text/plain body is what a page can send cross-site without a preflight.
 * </ul>
 *
 * Applies with and without the API token (docs/api.md): without it this is what keeps a browser on
 * the same host out; with it, defence in depth and the protection of /metrics.
 */
final class CrossSiteGuard implements Handler<RoutingContext> {
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1");

  /** Sec-Fetch-Site values of requests this server's own pages or the user's address bar make. */
  private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

  private final Set<String> allowedHosts = new HashSet<>(LOOPBACK_NAMES);
  private final String scheme;

  CrossSiteGuard(List<String> configuredHosts, String scheme) {
    configuredHosts.forEach(name -> allowedHosts.add(Authority.normalizeHost(name)));
    this.scheme = scheme;
  }

  @Override
  public void handle(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String hostHeader = request.getHeader("Host");
    Authority host = hostHeader == null ? null : Authority.parse(hostHeader, scheme);
    if (hostHeader != null && (host == null || !hostAllowed(host.host(), request))) {
      refuse(ctx, 421, "Host", "is not a name of this server (http.allowed-hosts)");
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !sameOrigin(origin, host)) {
      refuse(ctx, 403, "Origin", "must be this server's own origin");
      return;
    }
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
      refuse(ctx, 403, "Sec-Fetch-Site", "cross-site requests are refused");
      return;
    }
    if (hasBody(request)) {
      String expected = expectedMediaType(ctx);
      if (!expected.equals(mediaType(request.getHeader("Content-Type")))) {
        refuse(ctx, 415, "Content-Type", "must be " + expected);
        return;
      }
    }
    ctx.next();
  }

  private boolean hostAllowed(String name, HttpServerRequest request) {
    if (allowedHosts.contains(name)) {
      return true;
    }
    byte[] literal = NetUtil.createByteArrayFromIpAddressString(name);
    if (literal == null || request.localAddress() == null) {
      return false;
    }
    String local = request.localAddress().hostAddress();
    int scope = local.indexOf('%');
    byte[] reached =
        NetUtil.createByteArrayFromIpAddressString(scope < 0 ? local : local.substring(0, scope));
    return reached != null && Arrays.equals(literal, reached);
  }

  private boolean sameOrigin(String origin, Authority host) {
    if (host == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin.trim());
    } catch (java.net.URISyntaxException notAnOrigin) {
      return false; // "null" (sandboxed frames, file pages) parses; garbage does not: both refused
    }
    if (uri.getScheme() == null
        || uri.getHost() == null
        || !scheme.equalsIgnoreCase(uri.getScheme())) {
      return false;
    }
    int port = uri.getPort() < 0 ? Authority.defaultPort(scheme) : uri.getPort();
    return Authority.normalizeHost(uri.getHost()).equals(host.host()) && port == host.port();
  }

  static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    return request.getHeader("Transfer-Encoding") != null
        || (length != null && !length.trim().equals("0"));
  }

  private static String expectedMediaType(RoutingContext ctx) {
    return BulkImport.isImport(ctx) ? "application/x-ndjson" : "application/json";
  }

  /** The type/subtype without parameters (charset is allowed), lower case; "" when absent. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The body is left unread: the connection closes after the answer rather than read it for
   * nothing.
   */
  private static void refuse(RoutingContext ctx, int status, String field, String reason) {
    if (hasBody(ctx.request())) {
      ctx.response().putHeader("Connection", "close");
    }
    Responses.error(ctx, status, field, reason);
  }
}
