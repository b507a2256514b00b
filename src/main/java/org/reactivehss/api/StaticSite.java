package org.reactivehss.api;

import io.vertx.ext.web.Router;
import org.webjars.WebJarVersionLocator;

/**
 * What the two static sites on the HTTP port (Swagger UI, the console) share: finding a webjar's
 * version, the directory path that must end in a slash, and the headers of every file served.
 */
final class StaticSite {
  private StaticSite() {}

  /** The version of webjar {@code name} on the class path; a missing one stops the start. */
  static String webjarVersion(String name) {
    String version = new WebJarVersionLocator().version(name);
    if (version == null) {
      throw new IllegalStateException("the " + name + " webjar is not on the class path");
    }
    return version;
  }

  /**
   * Mounts {@code path}: redirected to {@code path/} (Vert.x matches the route with and without the
   * slash, and relative links and module imports need it), and every file below answered with
   * {@code contentSecurityPolicy}, nosniff and no referrer.
   */
  static void mount(Router router, String path, String contentSecurityPolicy) {
    router
        .get(path)
        .handler(
            ctx -> {
              if (ctx.request().path().endsWith("/")) {
                ctx.next();
              } else {
                ctx.redirect(path + "/");
              }
            });
    router
        .route(path + "/*")
        .handler(
            ctx -> {
              ctx.response()
                  .putHeader("Content-Security-Policy", contentSecurityPolicy)
                  .putHeader("X-Content-Type-Options", "nosniff")
                  .putHeader("Referrer-Policy", "no-referrer");
              ctx.next();
            });
  }
}
