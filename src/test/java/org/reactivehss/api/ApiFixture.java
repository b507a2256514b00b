package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.AuditLog;
import org.reactivehss.store.Storage;
import org.reactivehss.store.SubscriberRepository;
import org.reactivehss.store.TestDatabase;

/**
 * Storage on a fresh test database plus the API on a free port, and a blocking HTTP client for
 * tests.
 */
final class ApiFixture implements AutoCloseable {
  final Vertx vertx = Vertx.vertx();
  final Storage storage;
  final int port;
  final AuditLog audit;
  private final String token;
  private final String scheme;
  private final HttpClient http;

  ApiFixture(String token) throws Exception {
    this(token, HttpsOptions.OFF, HttpClient.newHttpClient());
  }

  /**
   * The API served with {@code https}; {@code http} is the client the test's requests go through.
   */
  ApiFixture(String token, HttpsOptions https, HttpClient http) throws Exception {
    this(ApiOptions.defaults().withToken(token).withHttps(https), http);
  }

  /** The API served with {@code options} (its port replaced by a free one). */
  ApiFixture(ApiOptions options, HttpClient http) throws Exception {
    this(options, http, HssMetrics.NONE, storage -> router -> {});
  }

  /** The API served with {@code options}, counting into {@code metrics}. */
  ApiFixture(ApiOptions options, HttpClient http, HssMetrics metrics) throws Exception {
    this(options, http, metrics, storage -> router -> {});
  }

  /** As above, with further /api/v1 routes behind the token (e.g. the IMS deregistration). */
  ApiFixture(
      ApiOptions options, HttpClient http, Function<Storage, Consumer<Router>> protectedRoutes)
      throws Exception {
    this(options, http, HssMetrics.NONE, protectedRoutes);
  }

  private ApiFixture(
      ApiOptions options,
      HttpClient http,
      HssMetrics metrics,
      Function<Storage, Consumer<Router>> protectedRoutes)
      throws Exception {
    this.token = options.token();
    HttpsOptions https = options.https();
    this.scheme = https.scheme();
    this.http = http;
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    ApiVerticle api =
        new ApiVerticle(
            options.withPort(0),
            new SubscriberRepository(storage),
            metrics,
            router -> {},
            protectedRoutes.apply(storage));
    audit = new AuditLog(storage, options.audit());
    vertx.deployVerticle(api.withAudit(audit)).await(10, SECONDS);
    port = api.actualPort();
  }

  record Reply(int status, String body) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  Reply send(String method, String path, String body) throws Exception {
    return send(method, path, body, token == null ? null : "Bearer " + token);
  }

  Reply send(String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(scheme + "://127.0.0.1:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body != null) {
      request.header(
          "Content-Type",
          path.startsWith(BulkImport.PATH) ? "application/x-ndjson" : "application/json");
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(response.statusCode(), response.body());
  }

  static String subscriber(String imsi) {
    return new JsonObject()
        .put("imsi", imsi)
        .put("k", "465b5ce8b199b49faa5f0a2ee238a6bc")
        .put("opc", "cd63cb71954a9f4e48a5994e37a02baf")
        .put("amf", "8000")
        .encode();
  }

  @Override
  public void close() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }
}
