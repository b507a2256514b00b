package org.reactivehss.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Swagger UI over the API's own OpenAPI document, at {@value #PATH}: the webjar's files as they
 * are, except the initializer, which points at /api/v1/openapi.yaml instead of the petstore. Open
 * like the document itself (neither holds anything secret); every call made from the page still
 * needs the bearer token when one is set (the page's Authorize button). A strict
 * Content-Security-Policy: the page loads only its own scripts and styles; Swagger UI sets element
 * styles inline, so styles allow 'unsafe-inline', scripts never do.
 */
final class ApiDocs {
  static final String PATH = "/api/v1/docs";
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final String INITIALIZER =
      """
      window.onload = function () {
        window.ui = SwaggerUIBundle({
          url: "/api/v1/openapi.yaml",
          dom_id: "#swagger-ui",
          deepLinking: true,
          presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
          layout: "StandaloneLayout"
        });
      };
      """;

  private ApiDocs() {}

  static void mount(Router router) {
    String version = StaticSite.webjarVersion("swagger-ui");
    StaticSite.mount(router, PATH, CONTENT_SECURITY_POLICY);
    router
        .get(PATH + "/swagger-initializer.js")
        .handler(
            ctx ->
                ctx.response()
                    .putHeader("Content-Type", "text/javascript; charset=utf-8")
                    .end(INITIALIZER));
    router
        .route(PATH + "/*")
        .handler(
            StaticHandler.create("META-INF/resources/webjars/swagger-ui/" + version)
                .setIndexPage("index.html")
                .setCachingEnabled(true));
  }
}
