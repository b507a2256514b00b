package org.reactivehss.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/subscribers with imsiPrefix, msisdnPrefix or impuPrefix: only the subscribers whose
 * identity starts with the prefix, in IMSI order, paged by the same cursor as the whole list; bad
 * prefixes are 400 naming the parameter.
 */
class SubscriberPrefixSearchTest {
  private static final String BASE = "/api/v1/subscribers";
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api = new ApiFixture("search-token");
    for (int i = 0; i < 5; i++) {
      String imsi = "00101777000000" + i;
      JsonObject s =
          new JsonObject(ApiFixture.subscriber(imsi))
              .put("msisdn", "3361" + i)
              .put(
                  "ims",
                  new JsonObject()
                      .put("impi", imsi + "@ims.example.org")
                      .put("impus", new JsonArray().add("sip:user" + i + "@search.example.org")));
      assertThat(api.send("PUT", BASE + "/" + imsi, s.encode()).status()).isEqualTo(201);
    }
    // neighbours that share a shorter prefix, and a ninth digit just above the range
    assertThat(
            api.send("PUT", BASE + "/001017770000100", ApiFixture.subscriber("001017770000100"))
                .status())
        .isEqualTo(201);
    assertThat(
            api.send("PUT", BASE + "/001017780000000", ApiFixture.subscriber("001017780000000"))
                .status())
        .isEqualTo(201);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static List<String> imsis(String query) throws Exception {
    ApiFixture.Reply reply = api.send("GET", BASE + "?" + query, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> found = new ArrayList<>();
    reply.json().getJsonArray("items").forEach(i -> found.add(((JsonObject) i).getString("imsi")));
    return found;
  }

  @Test
  void imsiPrefix_findsOnlyThoseStartingWithIt_inOrder() throws Exception {
    assertThat(imsis("imsiPrefix=00101777000000"))
        .containsExactly(
            "001017770000000",
            "001017770000001",
            "001017770000002",
            "001017770000003",
            "001017770000004");
    assertThat(imsis("imsiPrefix=0010177")).hasSize(7);
    assertThat(imsis("imsiPrefix=0010177800")).containsExactly("001017780000000");
    assertThat(imsis("imsiPrefix=9")).isEmpty();
  }

  @Test
  void prefixSearch_pagesWithTheCursor() throws Exception {
    ApiFixture.Reply first = api.send("GET", BASE + "?imsiPrefix=00101777&limit=4", null);
    JsonObject page = first.json();
    assertThat(page.getJsonArray("items")).hasSize(4);
    String cursor = page.getString("nextCursor");
    assertThat(cursor).isEqualTo("001017770000003");
    assertThat(imsis("imsiPrefix=00101777&limit=4&cursor=" + cursor))
        .containsExactly("001017770000004", "001017770000100");
  }

  @Test
  void msisdnPrefix_andImpuPrefix_findTheirSubscribers() throws Exception {
    assertThat(imsis("msisdnPrefix=33612")).containsExactly("001017770000002");
    assertThat(imsis("msisdnPrefix=336")).hasSize(5);
    assertThat(imsis("impuPrefix=sip:user3@")).containsExactly("001017770000003");
    assertThat(imsis("impuPrefix=sip:user")).hasSize(5);
  }

  @Test
  void badOrSeveralPrefixes_are400_namingTheParameter() throws Exception {
    ApiFixture.Reply letters = api.send("GET", BASE + "?imsiPrefix=00a", null);
    assertThat(letters.status()).isEqualTo(400);
    assertThat(letters.body()).contains("\"field\":\"imsiPrefix\"");
    ApiFixture.Reply control = api.send("GET", BASE + "?impuPrefix=sip%0A", null);
    assertThat(control.status()).isEqualTo(400);
    assertThat(control.body()).contains("\"field\":\"impuPrefix\"");
    ApiFixture.Reply two = api.send("GET", BASE + "?imsiPrefix=001&msisdnPrefix=33", null);
    assertThat(two.status()).isEqualTo(400);
  }
}
