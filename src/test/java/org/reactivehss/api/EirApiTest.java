package org.reactivehss.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.store.EirRules;
import org.reactivehss.store.EirStore;

/** /api/v1/eir: rules created, read, changed and deleted; bad input refused naming the field. */
class EirApiTest {
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults(),
            HttpClient.newHttpClient(),
            storage -> new EirEndpoints(new EirRules(storage), new EirStore(storage))::mount);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static Stream<Arguments> badRules() {
    return Stream.of(
        Arguments.of("{\"imei\":\"3500000000001\",\"status\":\"permitted\"}", "imei"),
        Arguments.of("{\"imei\":\"35000000000001234\",\"status\":\"permitted\"}", "imei"),
        Arguments.of("{\"imei\":\"3500000000000a\",\"status\":\"permitted\"}", "imei"),
        Arguments.of("{\"imei\":35000000000001,\"status\":\"permitted\"}", "imei"),
        Arguments.of("{\"tac\":\"3500000\",\"status\":\"permitted\"}", "tac"),
        Arguments.of("{\"status\":\"permitted\"}", "imei"),
        Arguments.of(
            "{\"imei\":\"35000000000001\",\"tac\":\"35000000\",\"status\":\"permitted\"}", "tac"),
        Arguments.of(
            "{\"tac\":\"35000000\",\"imsi\":\"001010000000001\",\"status\":\"permitted\"}", "imsi"),
        Arguments.of(
            "{\"imei\":\"35000000000001\",\"imsi\":\"00101\",\"status\":\"permitted\"}", "imsi"),
        Arguments.of("{\"imei\":\"35000000000001\",\"status\":\"blacklisted\"}", "status"),
        Arguments.of("{\"imei\":\"35000000000001\"}", "status"),
        Arguments.of("{\"imei\":\"35000000000001\",\"status\":\"permitted\",\"x\":1}", "x"),
        Arguments.of("[1]", "body"));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {1}")
  @MethodSource("badRules")
  void badRule_gets400NamingTheField_andNothingIsStored(String body, String field)
      throws Exception {
    ApiFixture.Reply reply = api.send("POST", "/api/v1/eir/rules", body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").stream())
        .anySatisfy(e -> assertThat(((JsonObject) e).getString("field")).isEqualTo(field));
  }

  @Test
  void rule_isCreatedReadChangedAndDeleted() throws Exception {
    ApiFixture.Reply created =
        api.send(
            "POST",
            "/api/v1/eir/rules",
            "{\"imei\":\"490154203237518\",\"imsi\":\"001010000000001\",\"status\":\"prohibited\"}");
    assertThat(created.status()).isEqualTo(201);
    JsonObject rule = created.json();
    // TS 23.003 §6.2.1: the check digit is not part of the key
    assertThat(rule.getString("imei")).isEqualTo("49015420323751");
    assertThat(rule.getString("imsi")).isEqualTo("001010000000001");
    assertThat(rule.getString("status")).isEqualTo("prohibited");
    String path = "/api/v1/eir/rules/" + rule.getLong("id");

    assertThat(api.send("GET", path, null).json()).isEqualTo(rule);
    ApiFixture.Reply changed = api.send("PATCH", path, "{\"status\":\"tracking\"}");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().getString("status")).isEqualTo("tracking");
    assertThat(api.send("PATCH", path, "{\"imei\":\"35000000000001\"}").status()).isEqualTo(400);

    assertThat(api.send("DELETE", path, null).status()).isEqualTo(204);
    assertThat(api.send("GET", path, null).status()).isEqualTo(404);
    assertThat(api.send("DELETE", path, null).status()).isEqualTo(404);
    assertThat(api.send("PATCH", path, "{\"status\":\"tracking\"}").status()).isEqualTo(404);
  }

  @Test
  void secondRuleForTheSameKey_gets409() throws Exception {
    String tac = "{\"tac\":\"35999999\",\"status\":\"tracking\"}";
    assertThat(api.send("POST", "/api/v1/eir/rules", tac).status()).isEqualTo(201);
    ApiFixture.Reply again = api.send("POST", "/api/v1/eir/rules", tac);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("tac");
  }

  @Test
  void rules_arePagedInIdOrder() throws Exception {
    long first =
        api.send("POST", "/api/v1/eir/rules", "{\"tac\":\"35888881\",\"status\":\"tracking\"}")
            .json()
            .getLong("id");
    api.send("POST", "/api/v1/eir/rules", "{\"tac\":\"35888882\",\"status\":\"tracking\"}");
    JsonObject page =
        api.send("GET", "/api/v1/eir/rules?limit=1&cursor=" + (first - 1), null).json();
    assertThat(page.getJsonArray("items").getJsonObject(0).getString("tac")).isEqualTo("35888881");
    JsonObject next =
        api.send("GET", "/api/v1/eir/rules?limit=1&cursor=" + page.getString("nextCursor"), null)
            .json();
    assertThat(next.getJsonArray("items").getJsonObject(0).getString("tac")).isEqualTo("35888882");
  }

  @Test
  void badIdsCursorsAndImeis_get400NamingThem() throws Exception {
    assertThat(api.send("GET", "/api/v1/eir/rules/abc", null).status()).isEqualTo(400);
    assertThat(api.send("GET", "/api/v1/eir/rules?limit=0", null).status()).isEqualTo(400);
    assertThat(api.send("GET", "/api/v1/eir/rules?cursor=-1", null).status()).isEqualTo(400);
    ApiFixture.Reply noImei = api.send("GET", "/api/v1/eir/checks", null);
    assertThat(noImei.status()).isEqualTo(400);
    assertThat(noImei.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("imei");
    assertThat(
            api.send("GET", "/api/v1/eir/checks?imei=35000000000001", null)
                .json()
                .getJsonArray("items"))
        .isEmpty();
  }
}
