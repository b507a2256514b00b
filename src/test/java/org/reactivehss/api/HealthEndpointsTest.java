package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.metrics.MetricsRegistry;
import org.reactivehss.store.Storage;
import org.reactivehss.store.SubscriberRepository;
import org.reactivehss.store.TestDatabase;

/**
 * GIVEN the API with a token and the health endpoints on a real database, WHEN the kubelet probes
 * without a token, THEN it sees the truth: ready while the database answers and Diameter listens,
 * 503 with the reason once either stops. The provisioning API keeps requiring the token.
 */
@Timeout(value = 60, unit = SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthEndpointsTest {
  private static final Vertx vertx = Vertx.vertx();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final AtomicBoolean diameterUp = new AtomicBoolean(true);
  private static Storage storage;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    EventLoopProbe loops = new EventLoopProbe();
    loops.deploy(vertx, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE).await(10, SECONDS);
    HealthEndpoints health =
        new HealthEndpoints(loops, storage::ping, diameterUp::get, storage::keysVerified);
    ApiVerticle api =
        new ApiVerticle(
            ApiOptions.defaults().withPort(0).withToken("probe-token"),
            new SubscriberRepository(storage),
            router -> {
              health.mount(router);
              new MetricsEndpoint(vertx, MetricsRegistry.prometheus()).mount(router);
            });
    vertx.deployVerticle(api).await(10, SECONDS);
    port = api.actualPort();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void liveReadyAndMetrics_answer200WithoutToken_whileTheApiStillRequiresIt() throws Exception {
    HttpResponse<String> live = get("/health/live");
    HttpResponse<String> ready = get("/health/ready");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(
            new JsonObject(live.body())
                .getJsonObject("checks")
                .getJsonObject("event-loops")
                .getString("status"))
        .isEqualTo("UP");
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject body = new JsonObject(ready.body());
    assertThat(body.getString("status")).isEqualTo("UP");
    assertThat(body.getJsonObject("checks").fieldNames())
        .containsExactlyInAnyOrder("database", "keys", "diameter");
    assertThat(get("/metrics").statusCode()).isEqualTo(200);
    assertThat(get("/metrics").body()).contains("jvm_memory_used_bytes");
    assertThat(get("/api/v1/subscribers").statusCode()).isEqualTo(401);
    assertThat(get("/health/../api/v1/subscribers").statusCode()).isEqualTo(401);
  }

  @Test
  @Order(2)
  void ready_is503NamingDiameter_whenTheListenersAreDown() throws Exception {
    diameterUp.set(false);
    try {
      HttpResponse<String> ready = get("/health/ready");

      assertThat(ready.statusCode()).isEqualTo(503);
      JsonObject checks = new JsonObject(ready.body()).getJsonObject("checks");
      assertThat(checks.getJsonObject("diameter").getString("status")).isEqualTo("DOWN");
      assertThat(checks.getJsonObject("diameter").getString("reason")).contains("Diameter");
      assertThat(checks.getJsonObject("database").getString("status")).isEqualTo("UP");
    } finally {
      diameterUp.set(true);
    }
  }

  @Test
  @Order(3)
  void ready_is503NamingTheDatabase_onceItIsGone_whileLiveStays200() throws Exception {
    storage.close().await(10, SECONDS);

    HttpResponse<String> ready = get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(503);
    JsonObject body = new JsonObject(ready.body());
    assertThat(body.getString("status")).isEqualTo("DOWN");
    assertThat(body.getJsonObject("checks").getJsonObject("database").getString("status"))
        .isEqualTo("DOWN");
    assertThat(body.getJsonObject("checks").getJsonObject("database").getString("reason"))
        .isNotBlank();
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }
}
