package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.identity.Identities;

/**
 * The bounds of what can be provisioned (docs/api.md "Limits"): values at the bound are stored, one
 * beyond is 400 naming the field, and values PostgreSQL would refuse (a NUL, an index entry too
 * large) are refused before they reach it, so never a 503.
 */
@Timeout(value = 60, unit = SECONDS)
class ApiLimitsTest {
  private static final String BASE = "/api/v1/subscribers/";
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture(null);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static JsonObject withIms(String imsi, JsonObject ims) {
    return new JsonObject(ApiFixture.subscriber(imsi)).put("ims", ims);
  }

  private static JsonObject ims(String imsi, JsonArray impus) {
    return new JsonObject().put("impi", imsi + "@ims.example.org").put("impus", impus);
  }

  /** A well-formed IMS subscription of exactly {@code octets} octets (ASCII). */
  private static String profileOf(int octets) {
    String head = "<IMSSubscription><PrivateID>a@b</PrivateID><!--";
    String tail = "--></IMSSubscription>";
    return head + "x".repeat(octets - head.length() - tail.length()) + tail;
  }

  private static void assertRefused(ApiFixture.Reply reply, String field, String reason) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").stream().map(JsonObject.class::cast))
        .as(reply.body())
        .anySatisfy(
            e -> {
              assertThat(e.getString("field")).isEqualTo(field);
              assertThat(e.getString("reason")).contains(reason);
            });
  }

  @Test
  void serviceProfileAtTheBoundIsStored_andOneOctetMoreIs400() throws Exception {
    String imsi = "001010000000901";
    JsonObject atBound =
        ims(imsi, new JsonArray().add("sip:a901@ims.example.org"))
            .put("serviceProfile", profileOf(SubscriberValidator.MAX_SERVICE_PROFILE_OCTETS));
    JsonObject beyond =
        atBound
            .copy()
            .put("serviceProfile", profileOf(SubscriberValidator.MAX_SERVICE_PROFILE_OCTETS + 1));

    assertRefused(
        api.send("PUT", BASE + imsi, withIms(imsi, beyond).encode()),
        "ims.serviceProfile",
        "at most " + SubscriberValidator.MAX_SERVICE_PROFILE_OCTETS + " octets");
    assertThat(api.send("GET", BASE + imsi, null).status()).isEqualTo(404);
    assertThat(api.send("PUT", BASE + imsi, withIms(imsi, atBound).encode()).status())
        .isEqualTo(201);
  }

  @Test
  void impuOfThreeKilobytes_is400NamingIt_notAStorageError() throws Exception {
    String imsi = "001010000000902";
    String huge = "sip:" + "a".repeat(3000) + "@ims.example.org";
    String atBound = "sip:" + "b".repeat(Identities.MAX_IMPU_OCTETS - 4);

    assertRefused(
        api.send(
            "PUT",
            BASE + imsi,
            withIms(imsi, ims(imsi, new JsonArray().add("sip:ok@x").add(huge))).encode()),
        "ims.impus[1]",
        "at most " + Identities.MAX_IMPU_OCTETS + " octets");
    assertThat(
            api.send(
                    "PUT",
                    BASE + imsi,
                    withIms(imsi, ims(imsi, new JsonArray().add(atBound))).encode())
                .status())
        .isEqualTo(201);
  }

  @Test
  void moreImpusThanTheBound_is400() throws Exception {
    String imsi = "001010000000903";
    JsonArray impus = new JsonArray();
    for (int i = 0; i <= SubscriberValidator.MAX_IMPUS; i++) {
      impus.add("sip:user" + i + "@ims.example.org");
    }

    assertRefused(
        api.send("PUT", BASE + imsi, withIms(imsi, ims(imsi, impus)).encode()),
        "ims.impus",
        "more than " + SubscriberValidator.MAX_IMPUS);
    impus.remove(SubscriberValidator.MAX_IMPUS);
    assertThat(api.send("PUT", BASE + imsi, withIms(imsi, ims(imsi, impus)).encode()).status())
        .isEqualTo(201);
  }

  @Test
  void moreApnsThanTheBound_is400() throws Exception {
    String imsi = "001010000000904";
    JsonArray apns = new JsonArray();
    for (int i = 0; i <= ApnValidator.MAX_APNS; i++) {
      apns.add(new JsonObject().put("apn", "apn" + i));
    }

    assertRefused(
        api.send(
            "PUT",
            BASE + imsi,
            new JsonObject(ApiFixture.subscriber(imsi)).put("apns", apns).encode()),
        "apns",
        "more than " + ApnValidator.MAX_APNS);
  }

  @Test
  void listCursorWithANulOrNotAnImsi_is400NamingTheCursor() throws Exception {
    assertRefused(
        api.send("GET", "/api/v1/subscribers?cursor=00101%00", null), "cursor", "nextCursor");
    assertRefused(api.send("GET", "/api/v1/subscribers?cursor=zz", null), "cursor", "nextCursor");
    assertThat(api.send("GET", "/api/v1/subscribers?cursor=001010000000000&limit=1", null).status())
        .isEqualTo(200);
  }

  @Test
  void imsiInThePathWithANul_is400NamingIt_forEveryMethod() throws Exception {
    String bad = BASE + "00101000000%0001";
    assertRefused(api.send("GET", bad, null), "imsi", "14 or 15 digits");
    assertRefused(api.send("PATCH", bad, "{\"msisdn\": \"1\"}"), "imsi", "14 or 15 digits");
    assertRefused(api.send("DELETE", bad, null), "imsi", "14 or 15 digits");
  }
}
