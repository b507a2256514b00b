package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = SECONDS)
class SubscriberApiTest {
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

  private static JsonObject fullProfile(String imsi) {
    return new JsonObject(ApiFixture.subscriber(imsi))
        .put("msisdn", "33600000001")
        .put("sqn", 64)
        .put("ambr", new JsonObject().put("ul", 50_000_000).put("dl", 100_000_000))
        .put(
            "apns",
            new JsonArray()
                .add(
                    new JsonObject()
                        .put("apn", "internet")
                        .put("qci", 9)
                        .put("pdnType", "ipv4v6")
                        .put("arp", new JsonObject().put("priority", 8)))
                .add(new JsonObject().put("apn", "ims").put("qci", 5).put("contextId", 7)))
        .put(
            "ims",
            new JsonObject()
                .put("impi", imsi + "@ims.example.org")
                .put(
                    "impus",
                    new JsonArray().add("sip:" + imsi + "@ims.example.org").add("tel:+" + imsi)));
  }

  private static void provision(JsonObject subscriber) throws Exception {
    ApiFixture.Reply reply =
        api.send("PUT", BASE + subscriber.getString("imsi"), subscriber.encode());
    assertThat(reply.status()).as(reply.body()).isIn(200, 201);
  }

  @Test
  void putCreatesWith201ThenReplacesWith200() throws Exception {
    assertThat(
            api.send("PUT", BASE + "001010000000401", ApiFixture.subscriber("001010000000401"))
                .status())
        .isEqualTo(201);
    assertThat(
            api.send("PUT", BASE + "001010000000401", ApiFixture.subscriber("001010000000401"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void getReturnsTheProfileWithoutKeyMaterial() throws Exception {
    provision(fullProfile("001010000000402"));

    ApiFixture.Reply reply = api.send("GET", BASE + "001010000000402", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .doesNotContain("465b5ce8b199b49faa5f0a2ee238a6bc", "cd63cb71954a9f4e48a5994e37a02baf");
    JsonObject doc = reply.json();
    assertThat(doc.fieldNames()).doesNotContain("k", "op", "opc");
    assertThat(doc.getString("keyType")).isEqualTo("opc");
    assertThat(doc.getLong("sqn")).isEqualTo(64);
    assertThat(doc.getString("msisdn")).isEqualTo("33600000001");
    assertThat(doc.getJsonObject("ambr").getLong("dl")).isEqualTo(100_000_000);
    assertThat(doc.getJsonArray("apns")).hasSize(2);
    assertThat(doc.getJsonArray("apns").getJsonObject(0).getBoolean("default")).isTrue();
    assertThat(doc.getJsonArray("apns").getJsonObject(1).getInteger("contextId")).isEqualTo(7);
    assertThat(doc.getJsonObject("ims").getJsonArray("impus")).hasSize(2);
    assertThat(
            doc.getJsonObject("ims")
                .getJsonObject("registrationStates")
                .getString("tel:+001010000000402"))
        .isEqualTo("not_registered");
  }

  @Test
  void unknownSubscriberIs404ForGetPatchAndDelete() throws Exception {
    assertThat(api.send("GET", BASE + "001010000000499", null).status()).isEqualTo(404);
    assertThat(api.send("PATCH", BASE + "001010000000499", "{\"msisdn\": \"1\"}").status())
        .isEqualTo(404);
    assertThat(api.send("DELETE", BASE + "001010000000499", null).status()).isEqualTo(404);
  }

  @Test
  void deleteRemovesTheSubscriber() throws Exception {
    provision(fullProfile("001010000000403"));

    assertThat(api.send("DELETE", BASE + "001010000000403", null).status()).isEqualTo(204);
    assertThat(api.send("GET", BASE + "001010000000403", null).status()).isEqualTo(404);
  }

  @Test
  void patchChangesOnlyTheGivenFieldsAndKeepsSqn() throws Exception {
    provision(fullProfile("001010000000404"));

    ApiFixture.Reply patched =
        api.send(
            "PATCH",
            BASE + "001010000000404",
            "{\"msisdn\": \"33699999999\", \"op\": \"cdc202d5123e20f62b6d676ac72cb318\"}");

    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    JsonObject doc = api.send("GET", BASE + "001010000000404", null).json();
    assertThat(doc.getString("msisdn")).isEqualTo("33699999999");
    assertThat(doc.getString("keyType")).isEqualTo("op");
    assertThat(doc.getLong("sqn")).isEqualTo(64);
    assertThat(doc.getJsonArray("apns")).hasSize(2);
  }

  @Test
  void patchOfAReadOnlyFieldIs400AndChangesNothing() throws Exception {
    provision(fullProfile("001010000000405"));

    ApiFixture.Reply reply =
        api.send(
            "PATCH",
            BASE + "001010000000405",
            "{\"msisdn\": \"1\", \"servingMme\": {\"host\": \"mme\"}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("servingMme");
    assertThat(api.send("GET", BASE + "001010000000405", null).json().getString("msisdn"))
        .isEqualTo("33600000001");
  }

  @Test
  void anImpuOfAnotherSubscriberIs409AndNothingIsWritten() throws Exception {
    provision(fullProfile("001010000000406"));
    JsonObject thief = fullProfile("001010000000407");
    thief
        .getJsonObject("ims")
        .put("impus", new JsonArray().add("sip:001010000000406@ims.example.org"));

    ApiFixture.Reply reply = api.send("PUT", BASE + "001010000000407", thief.encode());

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("ims.impus");
    assertThat(api.send("GET", BASE + "001010000000407", null).status()).isEqualTo(404);
  }

  @Test
  void listPagesThroughEverySubscriberWithTheCursor() throws Exception {
    for (int i = 0; i < 5; i++) {
      api.send("PUT", BASE + "00199000000000" + i, ApiFixture.subscriber("00199000000000" + i));
    }
    JsonObject first =
        api.send("GET", "/api/v1/subscribers?limit=3&cursor=001990000000000", null).json();
    JsonObject second =
        api.send("GET", "/api/v1/subscribers?limit=3&cursor=" + first.getString("nextCursor"), null)
            .json();

    assertThat(first.getJsonArray("items")).hasSize(3);
    assertThat(first.getString("nextCursor")).isEqualTo("001990000000003");
    assertThat(second.getJsonArray("items").getJsonObject(0).getString("imsi"))
        .isEqualTo("001990000000004");
    assertThat(second.getString("nextCursor")).isNull();
  }

  @Test
  void bulkImportReportsEachLine() throws Exception {
    String ndjson =
        ApiFixture.subscriber("001030000000001")
            + "\n"
            + "{\"imsi\": \"001030000000002\", \"k\": \"00\"}\n"
            + "\n"
            + ApiFixture.subscriber("001030000000003")
            + "\n"
            + ApiFixture.subscriber("001030000000001")
            + "\n";

    JsonObject report = api.send("POST", "/api/v1/subscribers/import", ndjson).json();

    assertThat(report.getInteger("created")).isEqualTo(2);
    assertThat(report.getInteger("replaced")).isEqualTo(1);
    assertThat(report.getInteger("failed")).isEqualTo(1);
    JsonObject bad = report.getJsonArray("results").getJsonObject(1);
    assertThat(bad.getInteger("line")).isEqualTo(2);
    assertThat(bad.getInteger("status")).isEqualTo(400);
    assertThat(bad.getJsonArray("errors").encode()).contains("\"field\":\"k\"");
    assertThat(report.getJsonArray("results").getJsonObject(2).getInteger("line")).isEqualTo(4);
    assertThat(api.send("GET", BASE + "001030000000002", null).status()).isEqualTo(404);
  }

  @Test
  void bulkImportOfManyBadLines_detailsTheFirstThousandAndCountsTheRest() throws Exception {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      ndjson
          .append("{\"imsi\": \"00104")
          .append(String.format("%010d", i))
          .append("\", \"k\": \"00\"}\n");
    }
    ndjson.append(ApiFixture.subscriber("001040000099999")).append('\n');

    JsonObject report = api.send("POST", "/api/v1/subscribers/import", ndjson.toString()).json();

    assertThat(report.getInteger("failed")).isEqualTo(5_000);
    assertThat(report.getInteger("created")).isEqualTo(1);
    assertThat(report.getInteger("omittedResults"))
        .isEqualTo(5_000 - ImportReport.MAX_DETAILED_FAILURES);
    JsonArray results = report.getJsonArray("results");
    assertThat(results).hasSize(ImportReport.MAX_DETAILED_FAILURES + 1);
    assertThat(results.getJsonObject(results.size() - 1).getInteger("line")).isEqualTo(5_001);
    assertThat(results.getJsonObject(results.size() - 1).getInteger("status")).isEqualTo(201);
  }

  @Test
  void bulkImportWhoseBatchMeetsAConflict_writesEveryOtherLine_andReportsTheConflictInLineOrder()
      throws Exception {
    String taken =
        "{\"imsi\":\"001050000000000\",\"k\":\"465b5ce8b199b49faa5f0a2ee238a6bc\","
            + "\"opc\":\"cd63cb71954a9f4e48a5994e37a02baf\",\"ims\":{\"impi\":\"owner@ims\",\"impus\":[\"sip:taken@ims\"]}}";
    assertThat(api.send("PUT", BASE + "001050000000000", taken).status()).isEqualTo(201);
    StringBuilder ndjson = new StringBuilder();
    for (int i = 1; i <= 150; i++) {
      String imsi = String.format("00105%010d", i);
      ndjson
          .append(
              i == 60
                  ? taken.replace("001050000000000", imsi).replace("owner@ims", "thief@ims")
                  : ApiFixture.subscriber(imsi))
          .append('\n');
    }

    JsonObject report = api.send("POST", "/api/v1/subscribers/import", ndjson.toString()).json();

    assertThat(report.getInteger("created")).isEqualTo(149);
    assertThat(report.getInteger("failed")).isEqualTo(1);
    JsonObject conflict = report.getJsonArray("results").getJsonObject(59);
    assertThat(conflict.getInteger("line")).isEqualTo(60);
    assertThat(conflict.getInteger("status")).isEqualTo(409);
    assertThat(report.getJsonArray("results").getJsonObject(149).getInteger("line")).isEqualTo(150);
    assertThat(api.send("GET", BASE + "001050000000059", null).status()).isEqualTo(200);
    assertThat(api.send("GET", BASE + "001050000000060", null).status()).isEqualTo(404);
  }

  @Test
  void theOpenApiDocumentIsServed() throws Exception {
    ApiFixture.Reply reply = api.send("GET", "/api/v1/openapi.yaml", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).startsWith("openapi: 3").contains("/api/v1/subscribers/{imsi}");
  }
}
