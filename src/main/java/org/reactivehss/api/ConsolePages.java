package org.reactivehss.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * The operator console at {@value #PATH}: static ES modules (classpath console/) and uPlot from its
 * webjar, no build step. The files hold nothing secret and are served without the token, like the
 * API's documentation; every number on the pages comes from /api/v1 calls that carry the token the
 * operator typed (docs/console.md). Strict Content-Security-Policy: scripts, styles and calls from
 * this server only, no inline script or style (uPlot styles its elements through the CSSOM, which
 * style-src does not govern), no framing.
 */
final class ConsolePages {
  static final String PATH = "/console";
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private ConsolePages() {}

  static void mount(Router router) {
    String uplot = StaticSite.webjarVersion("uplot");
    StaticSite.mount(router, PATH, CONTENT_SECURITY_POLICY);
    router
        .route(PATH + "/vendor/uplot/*")
        .handler(
            StaticHandler.create("META-INF/resources/webjars/uplot/" + uplot + "/dist")
                .setCachingEnabled(true));
    router
        .route(PATH + "/*")
        .handler(
            StaticHandler.create("console").setIndexPage("index.html").setCachingEnabled(false));
  }
}
