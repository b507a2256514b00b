package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.PgImsStore;

/**
 * What a browser on the HSS host can be made to send to the token-less loopback API: requests under
 * a rebound DNS name, cross-origin form and text/plain posts. All are refused before any route
 * runs.
 */
@Timeout(value = 60, unit = SECONDS)
class CrossSiteRequestTest {
  private static final String BASE = "/api/v1/subscribers/";
  private static final String EVIL_ORIGIN = "Origin: http://evil.example\r\n";
  private static ApiFixture api;
  private static final BlockingQueue<SubscriberChanged> CHANGES = new ArrayBlockingQueue<>(100);

  @BeforeAll
  static void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults(),
            HttpClient.newHttpClient(),
            storage -> new ImsDeregistration(new PgImsStore(storage))::mount);
    api.vertx
        .eventBus()
        .<SubscriberChanged>localConsumer(SubscriberChanged.ADDRESS, m -> CHANGES.add(m.body()))
        .completion()
        .await(10, SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private String host() {
    return "Host: 127.0.0.1:" + api.port + "\r\n";
  }

  @Test
  void aRebindingHostName_is421NamingHost_andReturnsNoSubscriber() throws Exception {
    assertThat(
            api.send("PUT", BASE + "001010000000701", ApiFixture.subscriber("001010000000701"))
                .status())
        .isEqualTo(201);

    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "GET",
            "/api/v1/subscribers",
            "Host: rebind.evil.example:" + api.port + "\r\n",
            null);

    assertThat(reply.status()).isEqualTo(421);
    assertThat(reply.errorField()).isEqualTo("Host");
    assertThat(reply.body()).doesNotContain("001010000000701");
  }

  @Test
  void aRebindingHostName_onAPut_isRefused_andWritesNothing() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "PUT",
            BASE + "001010000000702",
            "Host: rebind.evil.example\r\nContent-Type: application/json\r\n",
            ApiFixture.subscriber("001010000000702"));

    assertThat(reply.status()).isEqualTo(421);
    assertThat(api.send("GET", BASE + "001010000000702", null).status()).isEqualTo(404);
  }

  @Test
  void aTextPlainImport_is415NamingContentType_andWritesNothing() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "POST",
            BulkImport.PATH,
            host() + "Content-Type: text/plain\r\n",
            ApiFixture.subscriber("001010000000703") + "\n");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.errorField()).isEqualTo("Content-Type");
    assertThat(api.send("GET", BASE + "001010000000703", null).status()).isEqualTo(404);
  }

  @Test
  void aFormEncodedPut_is415_andTheStoredSubscriberIsUnchanged() throws Exception {
    String imsi = "001010000000704";
    api.send(
        "PUT",
        BASE + imsi,
        new JsonObject(ApiFixture.subscriber(imsi)).put("msisdn", "15550000704").encode());
    String replacement =
        new JsonObject(ApiFixture.subscriber(imsi))
            .put("msisdn", "15559999999")
            .put("k", "00000000000000000000000000000000")
            .encode();

    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "PUT",
            BASE + imsi,
            host() + "Content-Type: application/x-www-form-urlencoded\r\n",
            replacement);

    assertThat(reply.status()).isEqualTo(415);
    assertThat(api.send("GET", BASE + imsi, null).json().getString("msisdn"))
        .isEqualTo("15550000704");
  }

  @Test
  void aJsonPutWithACharsetParameter_isServed() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "PUT",
            BASE + "001010000000705",
            host() + "Content-Type: application/json; charset=utf-8\r\n",
            ApiFixture.subscriber("001010000000705"));

    assertThat(reply.status()).isEqualTo(201);
  }

  @Test
  void aFormPostDeregistrationFromAForeignOrigin_is403NamingOrigin_andDeregistersNoOne()
      throws Exception {
    String victim = "001010000000706";
    String other = "001010000000707";
    assertThat(api.send("PUT", BASE + victim, imsSubscriber(victim)).status()).isEqualTo(201);
    assertThat(api.send("PUT", BASE + other, imsSubscriber(other)).status()).isEqualTo(201);
    CHANGES.clear();

    RawHttp.Reply refused =
        RawHttp.exchange(
            api.port,
            "POST",
            BASE + victim + "/ims/deregister",
            host() + EVIL_ORIGIN + "Content-Type: application/x-www-form-urlencoded\r\n",
            "confirm=yes");
    // a legitimate deregistration after it: the first event published must be this one's
    RawHttp.Reply served =
        RawHttp.exchange(
            api.port,
            "POST",
            BASE + other + "/ims/deregister",
            host() + "Origin: http://127.0.0.1:" + api.port + "\r\n",
            null);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorField()).isEqualTo("Origin");
    assertThat(served.status()).isEqualTo(200);
    SubscriberChanged first = CHANGES.poll(10, SECONDS);
    assertThat(first).isNotNull();
    assertThat(first.imsi()).isEqualTo(other);
  }

  @Test
  void aForeignOriginPut_is403_andWritesNothing() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "PUT",
            BASE + "001010000000708",
            host() + EVIL_ORIGIN + "Content-Type: application/json\r\n",
            ApiFixture.subscriber("001010000000708"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(api.send("GET", BASE + "001010000000708", null).status()).isEqualTo(404);
  }

  @Test
  void aSameOriginPut_withOriginOfTheLoopbackAddressAndPort_isServed() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "PUT",
            BASE + "001010000000709",
            host()
                + "Origin: http://127.0.0.1:"
                + api.port
                + "\r\nContent-Type: application/json\r\n",
            ApiFixture.subscriber("001010000000709"));

    assertThat(reply.status()).isEqualTo(201);
  }

  @Test
  void aCrossSiteFetch_byFetchMetadataAlone_is403() throws Exception {
    RawHttp.Reply reply =
        RawHttp.exchange(
            api.port,
            "GET",
            "/api/v1/subscribers",
            host() + "Sec-Fetch-Site: cross-site\r\n",
            null);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.errorField()).isEqualTo("Sec-Fetch-Site");
  }

  @Test
  void localhostAndIpv6LoopbackNames_areServed() throws Exception {
    assertThat(
            RawHttp.exchange(
                    api.port,
                    "GET",
                    "/api/v1/subscribers?limit=1",
                    "Host: localhost:" + api.port + "\r\n",
                    null)
                .status())
        .isEqualTo(200);
    assertThat(
            RawHttp.exchange(
                    api.port,
                    "GET",
                    "/api/v1/subscribers?limit=1",
                    "Host: [::1]:" + api.port + "\r\n",
                    null)
                .status())
        .isEqualTo(200);
  }

  private static String imsSubscriber(String imsi) {
    String realm = "ims.mnc001.mcc001.3gppnetwork.org";
    return new JsonObject(ApiFixture.subscriber(imsi))
        .put(
            "ims",
            new JsonObject()
                .put("impi", imsi + "@" + realm)
                .put("impus", new io.vertx.core.json.JsonArray().add("sip:" + imsi + "@" + realm)))
        .encode();
  }
}
