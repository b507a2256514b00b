package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.store.EirRules;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.PgImsStore;
import org.reactivehss.store.ShRepository;
import org.reactivehss.store.ShStore;

/**
 * GET /api/v1/audit: one row per state-changing call that succeeded, with the token's name and the
 * names of the fields set, never a key; read-only tokens refused with 403 and nothing audited.
 */
@Timeout(value = 60, unit = SECONDS)
class AuditLogApiTest {
  private static final String OPS = "ops-secret-token";
  private static final String MONITOR = "monitor-secret-token";
  private static final String DEFAULT = "default-secret-token";
  private static ApiFixture api;

  @BeforeAll
  static void start() throws Exception {
    ApiOptions options =
        ApiOptions.defaults()
            .withToken(DEFAULT)
            .withTokens(
                List.of(
                    ApiToken.ofSecret("ops", OPS, ApiToken.Role.READ_WRITE),
                    ApiToken.ofSha256(
                        "monitor",
                        java.util.HexFormat.of().formatHex(ApiToken.digest(MONITOR)),
                        ApiToken.Role.READ_ONLY)));
    api =
        new ApiFixture(
            options,
            HttpClient.newHttpClient(),
            storage ->
                router -> {
                  new ImsDeregistration(new PgImsStore(storage)).mount(router);
                  new EirEndpoints(new EirRules(storage), new EirStore(storage)).mount(router);
                  new ShEndpoints(new ShStore(storage), new ShRepository(storage), 1024)
                      .mount(router);
                  new KeyResealEndpoint(storage::resealKeys).mount(router);
                });
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  private static ApiFixture.Reply as(String token, String method, String path, String body)
      throws Exception {
    return api.send(method, path, body, "Bearer " + token);
  }

  private static JsonArray auditOf(String query) throws Exception {
    ApiFixture.Reply reply = as(MONITOR, "GET", "/api/v1/audit?" + query, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().getJsonArray("items");
  }

  private static List<String> actions(JsonArray items) {
    List<String> actions = new ArrayList<>();
    items.forEach(i -> actions.add(((JsonObject) i).getString("action")));
    return actions;
  }

  @Test
  void createReplacePatchDelete_areFourRowsNewestFirst_withTokenNameAndFieldNames()
      throws Exception {
    String imsi = "001010000009001";
    String path = "/api/v1/subscribers/" + imsi;
    assertThat(as(OPS, "PUT", path, ApiFixture.subscriber(imsi)).status()).isEqualTo(201);
    assertThat(as(OPS, "PUT", path, ApiFixture.subscriber(imsi)).status()).isEqualTo(200);
    assertThat(as(DEFAULT, "PATCH", path, "{\"msisdn\":\"15550009001\"}").status()).isEqualTo(200);
    assertThat(as(OPS, "DELETE", path, null).status()).isEqualTo(204);

    JsonArray items = auditOf("imsi=" + imsi);

    assertThat(actions(items)).containsExactly("delete", "patch", "replace", "create");
    JsonObject create = items.getJsonObject(3);
    assertThat(create.getString("token")).isEqualTo("ops");
    assertThat(create.getString("subject")).isEqualTo(imsi);
    assertThat(create.getString("client")).startsWith("127.0.0.1:");
    assertThat(create.getJsonArray("fields").getList()).containsExactly("imsi", "k", "opc", "amf");
    assertThat(items.getJsonObject(1).getString("token")).isEqualTo("default");
    assertThat(items.getJsonObject(1).getJsonArray("fields").getList()).containsExactly("msisdn");
  }

  @Test
  void aLoweredSqn_isAnSqnOverrideRowWithSqnHeBeforeAndAfter() throws Exception {
    String imsi = "001010000009002";
    String path = "/api/v1/subscribers/" + imsi;
    JsonObject body = new JsonObject(ApiFixture.subscriber(imsi));
    assertThat(as(OPS, "PUT", path, body.copy().put("sqn", 1000).encode()).status()).isEqualTo(201);
    assertThat(
            as(OPS, "PUT", path + "?sqn-override=lower", body.copy().put("sqn", 100).encode())
                .status())
        .isEqualTo(200);

    JsonArray items = auditOf("imsi=" + imsi);

    assertThat(actions(items)).containsExactly("sqn-override", "replace", "create");
    assertThat(items.getJsonObject(0).getJsonObject("detail"))
        .isEqualTo(new JsonObject().put("sqnBefore", 1000).put("sqnAfter", 100));
  }

  @Test
  void anImport_isOneRowWithItsCounts_notOnePerLine() throws Exception {
    String lines =
        ApiFixture.subscriber("001010000009011")
            + "\n"
            + ApiFixture.subscriber("001010000009012")
            + "\n{\"imsi\":\"001010000009013\",\"k\":\"zz\"}\n";
    ApiFixture.Reply reply = as(DEFAULT, "POST", BulkImport.PATH, lines);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);

    List<JsonObject> imports = new ArrayList<>();
    auditOf("limit=1000")
        .forEach(
            i -> {
              if ("import".equals(((JsonObject) i).getString("action"))) {
                imports.add((JsonObject) i);
              }
            });

    assertThat(imports).hasSize(1);
    assertThat(imports.get(0).getString("token")).isEqualTo("default");
    assertThat(imports.get(0).getJsonObject("detail"))
        .isEqualTo(new JsonObject().put("created", 2).put("replaced", 0).put("failed", 1));
  }

  @Test
  void imsDeregistrationEirRulesShPermissionsAndKeyReseal_areEachARow() throws Exception {
    String imsi = "001010000009021";
    JsonObject withIms =
        new JsonObject(ApiFixture.subscriber(imsi))
            .put(
                "ims",
                new JsonObject()
                    .put("impi", imsi + "@ims.example.org")
                    .put("impus", new JsonArray().add("sip:" + imsi + "@ims.example.org")));
    assertThat(as(OPS, "PUT", "/api/v1/subscribers/" + imsi, withIms.encode()).status())
        .isEqualTo(201);
    ApiFixture.Reply dereg =
        as(OPS, "POST", "/api/v1/subscribers/" + imsi + "/ims/deregister", null);
    assertThat(dereg.status()).as(dereg.body()).isEqualTo(200);
    ApiFixture.Reply rule =
        as(
            OPS,
            "POST",
            "/api/v1/eir/rules",
            "{\"imei\":\"35000000009021\",\"status\":\"prohibited\"}");
    assertThat(rule.status()).as(rule.body()).isEqualTo(201);
    String ruleId = String.valueOf(rule.json().getValue("id"));
    assertThat(
            as(OPS, "PATCH", "/api/v1/eir/rules/" + ruleId, "{\"status\":\"permitted\"}").status())
        .isEqualTo(200);
    assertThat(as(OPS, "DELETE", "/api/v1/eir/rules/" + ruleId, null).status()).isEqualTo(204);
    String as = "/api/v1/sh/permissions/as9021.example.org";
    ApiFixture.Reply permission = as(OPS, "PUT", as, "{\"udr\":[\"RepositoryData\"]}");
    assertThat(permission.status()).as(permission.body()).isEqualTo(201);
    assertThat(as(OPS, "DELETE", as, null).status()).isEqualTo(204);
    assertThat(as(OPS, "POST", KeyResealEndpoint.PATH, null).status()).isEqualTo(200);

    List<String> actions = actions(auditOf("limit=1000"));

    assertThat(actions)
        .contains(
            "ims-deregister",
            "eir-rule-create",
            "eir-rule-status",
            "eir-rule-delete",
            "sh-permission-put",
            "sh-permission-delete",
            "key-reseal");
    assertThat(actions(auditOf("imsi=" + imsi))).containsExactly("ims-deregister", "create");
    JsonObject ruleRow = auditOf("limit=1000").getJsonObject(actions.indexOf("eir-rule-create"));
    assertThat(ruleRow.getString("subject")).isEqualTo(ruleId);
  }

  @Test
  void noStoredRowHoldsTheValueOfAKOrOpc() throws Exception {
    String imsi = "001010000009031";
    String k = "0123456789abcdef0123456789abcdef";
    String k2 = "fedcba9876543210fedcba9876543210";
    String opc = "00112233445566778899aabbccddeeff";
    JsonObject body = new JsonObject(ApiFixture.subscriber(imsi)).put("k", k).put("opc", opc);
    assertThat(as(OPS, "PUT", "/api/v1/subscribers/" + imsi, body.encode()).status())
        .isEqualTo(201);
    assertThat(as(OPS, "PATCH", "/api/v1/subscribers/" + imsi, "{\"k\":\"" + k2 + "\"}").status())
        .isEqualTo(200);
    assertThat(
            as(
                    DEFAULT,
                    "POST",
                    BulkImport.PATH,
                    body.copy().put("imsi", "001010000009032").encode() + "\n")
                .status())
        .isEqualTo(200);

    List<String> rows = new ArrayList<>();
    for (Row row :
        api.storage
            .pool()
            .query("SELECT a::text FROM provisioning_audit a")
            .execute()
            .await(10, SECONDS)) {
      rows.add(row.getString(0).toLowerCase(Locale.ROOT));
    }

    assertThat(rows).isNotEmpty();
    assertThat(String.join("\n", rows)).doesNotContain(k).doesNotContain(k2).doesNotContain(opc);
    assertThat(auditOf("imsi=" + imsi).getJsonObject(0).getJsonArray("fields").getList())
        .containsExactly("k");
  }

  @Test
  void aReadOnlyToken_reads_butIsRefused403OnEveryChange_andNothingIsAudited() throws Exception {
    String imsi = "001010000009041";
    String path = "/api/v1/subscribers/" + imsi;

    assertThat(as(MONITOR, "GET", "/api/v1/subscribers", null).status()).isEqualTo(200);
    assertThat(as(MONITOR, "PUT", path, ApiFixture.subscriber(imsi)).status()).isEqualTo(403);
    assertThat(as(MONITOR, "POST", BulkImport.PATH, ApiFixture.subscriber(imsi) + "\n").status())
        .isEqualTo(403);
    assertThat(as(MONITOR, "POST", KeyResealEndpoint.PATH, null).status()).isEqualTo(403);

    assertThat(as(MONITOR, "GET", path, null).status()).isEqualTo(404);
    assertThat(auditOf("imsi=" + imsi)).isEmpty();
  }

  @Test
  void anUnknownToken_is401_evenForTheAuditLog() throws Exception {
    assertThat(as("guess", "GET", "/api/v1/audit", null).status()).isEqualTo(401);
  }

  @Test
  void pages_followTheCursor_newestFirst_withoutRepeats() throws Exception {
    String imsi = "001010000009051";
    String path = "/api/v1/subscribers/" + imsi;
    assertThat(as(OPS, "PUT", path, ApiFixture.subscriber(imsi)).status()).isEqualTo(201);
    for (int i = 0; i < 4; i++) {
      assertThat(as(OPS, "PATCH", path, "{\"msisdn\":\"1555000905" + i + "\"}").status())
          .isEqualTo(200);
    }

    List<String> ids = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = "";
    do {
      ApiFixture.Reply page =
          as(MONITOR, "GET", "/api/v1/audit?imsi=" + imsi + "&limit=2&cursor=" + cursor, null);
      JsonArray items = page.json().getJsonArray("items");
      sizes.add(items.size());
      items.forEach(i -> ids.add(((JsonObject) i).getString("id")));
      cursor = page.json().getString("nextCursor");
    } while (cursor != null);

    assertThat(sizes).containsExactly(2, 2, 1);
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids.stream().map(Long::valueOf).toList())
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(auditOf("imsi=" + imsi + "&since=2999-01-01T00:00:00Z")).isEmpty();
    assertThat(auditOf("imsi=" + imsi + "&since=2000-01-01T00:00:00Z")).hasSize(5);
  }

  @Test
  void aBadSinceOrCursor_is400NamingIt() throws Exception {
    assertThat(as(MONITOR, "GET", "/api/v1/audit?since=yesterday", null).json().encode())
        .contains("\"field\":\"since\"");
    assertThat(as(MONITOR, "GET", "/api/v1/audit?cursor=abc", null).status()).isEqualTo(400);
  }
}
