package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.store.TestDatabase.NEW_KEY;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.store.Storage;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.SubscriberRepository;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.store.TestSubscribers;

/**
 * GIVEN subscribers sealed under key id 1, WHEN the HSS runs with a new key id 2, THEN readiness
 * names key id 1 while it is not configured, and with it retired the operator's re-sealing endpoint
 * (behind the token) moves every subscriber to key id 2 and reports the counts.
 */
@Timeout(value = 90, unit = SECONDS)
class KeyAdminApiTest {
  private static final String TOKEN = "admin-token";
  private static final Vertx vertx = Vertx.vertx();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static StoreOptions keyOne;

  @BeforeAll
  static void sealUnderKeyOne() throws Exception {
    keyOne = TestDatabase.get().newDatabase();
    Storage storage = Storage.start(vertx, keyOne).await(30, SECONDS);
    try {
      for (int i = 0; i < 2; i++) {
        new SubscriberRepository(storage)
            .put(TestSubscribers.withSqn(TestSubscribers.imsi(950 + i), 0L))
            .await(5, SECONDS);
      }
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  @Test
  void readiness_is503NamingTheKeyId_whenSubscribersAreSealedUnderAnIdThatIsNotConfigured()
      throws Exception {
    Storage storage = Storage.start(vertx, keyOne.withKey(NEW_KEY, 2, Map.of())).await(30, SECONDS);
    try {
      int port = serve(storage);

      HttpResponse<String> ready = send(port, "GET", "/health/ready", null);

      assertThat(ready.statusCode()).isEqualTo(503);
      JsonObject keys = new JsonObject(ready.body()).getJsonObject("checks").getJsonObject("keys");
      assertThat(keys.getString("status")).isEqualTo("DOWN");
      assertThat(keys.getString("reason")).contains("key id 1").doesNotContain(NEW_KEY);
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  @Test
  void resealEndpoint_needsTheToken_thenMovesEverySubscriberToTheCurrentKeyAndAnswersTheCounts()
      throws Exception {
    Storage storage =
        Storage.start(vertx, keyOne.withKey(NEW_KEY, 2, Map.of(1, TestDatabase.TEST_KEY)))
            .await(30, SECONDS);
    try {
      int port = serve(storage);

      HttpResponse<String> anonymous = send(port, "POST", KeyResealEndpoint.PATH, null);
      HttpResponse<String> resealed = send(port, "POST", KeyResealEndpoint.PATH, "Bearer " + TOKEN);
      HttpResponse<String> again = send(port, "POST", KeyResealEndpoint.PATH, "Bearer " + TOKEN);

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(resealed.statusCode()).isEqualTo(200);
      assertThat(new JsonObject(resealed.body()))
          .isEqualTo(
              new JsonObject()
                  .put("resealed", 2)
                  .put("unopenable", 0)
                  .put("currentKeyId", 2)
                  .put("problems", new JsonArray()));
      assertThat(new JsonObject(again.body()).getInteger("resealed")).isZero();
      assertThat(send(port, "GET", "/health/ready", null).statusCode()).isEqualTo(200);
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  /** The API as HssStartup mounts it: health open, re-sealing behind the token. */
  private static int serve(Storage storage) throws Exception {
    EventLoopProbe loops = new EventLoopProbe();
    loops.deploy(vertx, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE).await(10, SECONDS);
    HealthEndpoints health =
        new HealthEndpoints(loops, storage::ping, () -> true, storage::keysVerified);
    ApiVerticle api =
        new ApiVerticle(
            ApiOptions.defaults().withPort(0).withToken(TOKEN),
            new SubscriberRepository(storage),
            health::mount,
            new KeyResealEndpoint(storage::resealKeys)::mount);
    vertx.deployVerticle(api).await(10, SECONDS);
    return api.actualPort();
  }

  private static HttpResponse<String> send(
      int port, String method, String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
