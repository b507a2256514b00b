package org.reactivehss.api;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.net.ConnectionBudget;
import org.reactivehss.net.ListenFailures;
import org.reactivehss.store.AuditLog;
import org.reactivehss.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP face: provisioning under /api/v1 with its OpenAPI document. Without a token
 * it listens on loopback only, so an unauthenticated API is never reachable from the network. With
 * {@link HttpsOptions} the whole port (API, /metrics, /health) speaks TLS 1.2 or 1.3 only. Every
 * request, on every route, first passes {@link ConnectionDeadlines} and {@link CrossSiteGuard};
 * connections beyond {@code http.max-connections} are closed as they arrive (docs/api.md).
 */
public final class ApiVerticle extends AbstractVerticle {
  private static final Logger LOG = LoggerFactory.getLogger(ApiVerticle.class);
  static final String LOOPBACK = "127.0.0.1";

  private final ApiOptions options;
  private final SubscriberStore subscribers;
  private final Consumer<Router> openRoutes;
  private final Consumer<Router> protectedRoutes;

  /**
   * One ApiVerticle serves the port; its budget would be shared by further instances of the server.
   */
  private final ConnectionBudget connections;

  private final HssMetrics metrics;
  private AuditLog audit = AuditLog.NONE;
  private HttpServer server;
  private long pruneTimer = -1;

  public ApiVerticle(ApiOptions options, SubscriberStore subscribers) {
    this(options, subscribers, router -> {});
  }

  /**
   * {@code openRoutes} mounts endpoints that answer WITHOUT the token, ahead of the token check:
   * /health/* (the kubelet has no token) and /metrics (Prometheus scrapes it; closed-set labels, no
   * subscriber data). Put nothing there that reads or changes subscribers.
   */
  public ApiVerticle(ApiOptions options, SubscriberStore subscribers, Consumer<Router> openRoutes) {
    this(options, subscribers, openRoutes, router -> {});
  }

  /**
   * {@code protectedRoutes} mounts further /api/v1 endpoints behind the token and the body limit.
   */
  public ApiVerticle(
      ApiOptions options,
      SubscriberStore subscribers,
      Consumer<Router> openRoutes,
      Consumer<Router> protectedRoutes) {
    this(options, subscribers, HssMetrics.NONE, openRoutes, protectedRoutes);
  }

  /** {@code metrics} counts what the API measures (SQN_HE lowered by override). */
  public ApiVerticle(
      ApiOptions options,
      SubscriberStore subscribers,
      HssMetrics metrics,
      Consumer<Router> openRoutes,
      Consumer<Router> protectedRoutes) {
    this.metrics = metrics;
    this.options = options;
    this.subscribers = subscribers;
    this.openRoutes = openRoutes;
    this.protectedRoutes = protectedRoutes;
    this.connections =
        new ConnectionBudget("http.max-connections", options.limits().maxConnections());
  }

  /**
   * Records every state-changing call in {@code audit} and prunes it every {@code
   * http.audit.prune-interval-ms}; before deployment.
   */
  public ApiVerticle withAudit(AuditLog audit) {
    this.audit = audit;
    return this;
  }

  @Override
  public void start(Promise<Void> started) {
    if (audit.enabled()) {
      // the delete is one statement on the reactive client: nothing on the loop waits for it
      pruneTimer =
          vertx.setPeriodic(
              audit.options().pruneIntervalMs(),
              tick ->
                  audit
                      .prune()
                      .onFailure(f -> LOG.warn("audit log not pruned: {}", f.getMessage())));
    }
    // the handlers publish SubscriberChanged after each committed write
    LocalCodec.register(vertx, SubscriberChanged.class);
    LocalCodec.register(vertx, ShDataChanged.class);
    vertx
        .fileSystem()
        .readFile("api/openapi.yaml")
        .onFailure(started::fail)
        .onSuccess(
            openApi -> {
              ConnectionDeadlines deadlines =
                  new ConnectionDeadlines(vertx, options.limits(), connections);
              Router router = router(openApi, deadlines);
              String host = options.tokenRequired() ? options.host() : LOOPBACK;
              vertx
                  .createHttpServer(serverOptions())
                  .connectionHandler(deadlines::onConnection)
                  .requestHandler(router)
                  .listen(options.port(), host)
                  .onFailure(
                      failure ->
                          started.fail(
                              ListenFailures.explain(
                                  failure, "HTTP", host, options.port(), "http.port")))
                  .onSuccess(
                      listening -> {
                        server = listening;
                        if (options.tokenRequired()) {
                          LOG.info(
                              "Provisioning API on {}://{}:{}/api/v1 (bearer token required)",
                              options.https().scheme(),
                              host,
                              listening.actualPort());
                        } else {
                          LOG.warn(
                              "Provisioning API on {}://{}:{}/api/v1 WITHOUT authentication: no API token is "
                                  + "configured (HSS_API_TOKEN), so it listens on loopback only",
                              options.https().scheme(),
                              host,
                              listening.actualPort());
                        }
                        started.complete();
                      });
            });
  }

  private HttpServerOptions serverOptions() {
    // No byte either way for this long closes a connection (ConnectionDeadlines bounds slow ones).
    // No HTTP/2 in the clear: detecting it waits for the first bytes before the connection is
    // reported, and a connection that sends nothing would escape the cap and the header deadline.
    HttpServerOptions server =
        new HttpServerOptions()
            .setIdleTimeout(options.limits().idleTimeoutMs())
            .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
            .setHttp2ClearTextEnabled(false);
    HttpsOptions https = options.https();
    if (https.enabled()) {
      server
          .setSsl(true)
          .setKeyCertOptions(
              new PemKeyCertOptions()
                  .setCertPath(https.certificate())
                  .setKeyPath(https.privateKey()));
      server.getSslOptions().getEnabledSecureTransportProtocols().clear();
      server
          .getSslOptions()
          .addEnabledSecureTransportProtocol("TLSv1.2")
          .addEnabledSecureTransportProtocol("TLSv1.3");
    }
    return server;
  }

  @Override
  public void stop() {
    if (pruneTimer >= 0) {
      vertx.cancelTimer(pruneTimer);
    }
  }

  /** The port actually bound (useful with port 0). */
  public int actualPort() {
    return server.actualPort();
  }

  /** HTTP connections open now, against {@code http.max-connections}. */
  public ConnectionBudget connections() {
    return connections;
  }

  private Router router(Buffer openApi, ConnectionDeadlines deadlines) {
    Router router = Router.router(vertx);
    // ahead of every route, open ones and pages added later included
    router.route().handler(deadlines::onRequest);
    router.route().handler(new CrossSiteGuard(options.allowedHosts(), options.https().scheme()));
    // a connection closed under a request (a missed deadline) is not an error worth a stack trace
    router
        .route()
        .failureHandler(
            ctx -> {
              if (!(ctx.failure() instanceof HttpClosedException)) {
                ctx.next();
              }
            });
    openRoutes.accept(router);
    // the document and its viewer hold nothing secret; the calls made from the viewer need the
    // token
    router
        .get("/api/v1/openapi.yaml")
        .handler(ctx -> ctx.response().putHeader("Content-Type", "application/yaml").end(openApi));
    ApiDocs.mount(router);
    // the console's files, open like the documentation; its data calls go through the token check
    ConsolePages.mount(router);
    // the token (when configured) and its role, and every change marked for the audit log
    router.route().handler(new ApiAccess(options, audit));
    // before the body handler: an import is read as a stream, line by line, not buffered whole
    router
        .post(BulkImport.PATH)
        .handler(
            new BulkImport(
                    subscribers,
                    options.maxBodyBytes(),
                    options.limits().bodyTimeoutMs(),
                    metrics,
                    options.imports())
                ::handle);
    router.route().handler(BodyHandler.create(false).setBodyLimit(options.maxBodyBytes()));
    new SubscriberHandlers(subscribers, metrics).mount(router);
    new AuditEndpoint(audit).mount(router);
    protectedRoutes.accept(router);
    return router;
  }
}
