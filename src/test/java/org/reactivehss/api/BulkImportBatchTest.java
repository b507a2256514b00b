package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;
import org.reactivehss.events.SubscriberChanged;
import org.reactivehss.store.SubscriberKeys;

/**
 * The import in batches, with batches far smaller than the defaults so that a few dozen lines cross
 * many of them: bad lines among good ones in one batch, rows and keys of an import of many batches
 * as the authentication side reads them, and one batch in flight at a time (the request paused
 * between batches).
 */
@Timeout(value = 60, unit = SECONDS)
class BulkImportBatchTest {
  private static final String BASE = "/api/v1/subscribers/";
  private static final String IMPORT = "/api/v1/subscribers/import";
  private static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";
  private static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";

  private static ApiFixture api;
  private static ApiFixture oneInFlight;
  private static final BlockingQueue<SubscriberChanged> CHANGES = new ArrayBlockingQueue<>(1000);

  @BeforeAll
  static void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults().withImports(new ImportBatches(10, 3)),
            HttpClient.newHttpClient());
    api.vertx
        .eventBus()
        .<SubscriberChanged>localConsumer(SubscriberChanged.ADDRESS, m -> CHANGES.add(m.body()))
        .completion()
        .await(10, SECONDS);
    oneInFlight =
        new ApiFixture(
            ApiOptions.defaults().withImports(new ImportBatches(2, 1)), HttpClient.newHttpClient());
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
    oneInFlight.close();
  }

  private static JsonObject subscriber(String imsi) {
    return new JsonObject(ApiFixture.subscriber(imsi))
        .put(
            "apns",
            new JsonArray()
                .add(new JsonObject().put("apn", "internet").put("contextId", 1))
                .add(new JsonObject().put("apn", "ims").put("qci", 5).put("contextId", 7)))
        .put(
            "ims",
            new JsonObject()
                .put("impi", imsi + "@ims.example.org")
                .put("impus", new JsonArray().add("sip:" + imsi + "@ims.example.org")));
  }

  @Test
  void badLinesAmongGoodOnesInOneBatch_areReportedByLine_andEveryOtherLineIsWritten()
      throws Exception {
    String owner = "001200000000000";
    assertThat(api.send("PUT", BASE + owner, subscriber(owner).encode()).status()).isEqualTo(201);
    String sqnHigh = "001200000000099";
    assertThat(
            api.send("PUT", BASE + sqnHigh, subscriber(sqnHigh).put("sqn", 1000).encode()).status())
        .isEqualTo(201);
    StringBuilder ndjson = new StringBuilder();
    for (int i = 1; i <= 25; i++) {
      String imsi = String.format("00120%010d", i);
      String line =
          switch (i) {
            case 4 -> new JsonObject().put("imsi", imsi).put("k", "00").encode(); // invalid
            case 13 -> { // an IMPU that another subscriber holds: 409
              JsonObject thief = subscriber(imsi);
              thief
                  .getJsonObject("ims")
                  .put("impus", new JsonArray().add("sip:" + owner + "@ims.example.org"));
              yield thief.encode();
            }
            case 17 -> subscriber(sqnHigh).put("sqn", 5).encode(); // lowers SQN_HE: 409
            default -> subscriber(imsi).encode();
          };
      ndjson.append(line).append('\n');
    }

    ApiFixture.Reply reply = api.send("POST", IMPORT, ndjson.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonObject report = reply.json();
    assertThat(report.getInteger("created")).isEqualTo(22);
    assertThat(report.getInteger("failed")).isEqualTo(3);
    JsonArray results = report.getJsonArray("results");
    assertThat(results).hasSize(25);
    for (int i = 0; i < 25; i++) {
      assertThat(results.getJsonObject(i).getInteger("line")).isEqualTo(i + 1);
    }
    assertThat(results.getJsonObject(3).getInteger("status")).isEqualTo(400);
    assertThat(results.getJsonObject(12).getInteger("status")).isEqualTo(409);
    assertThat(results.getJsonObject(12).getJsonArray("errors").encode()).contains("ims.impus");
    assertThat(results.getJsonObject(16).getInteger("status")).isEqualTo(409);
    assertThat(results.getJsonObject(16).getJsonArray("errors").encode()).contains("sqn");
    // the refused lines wrote nothing; their neighbours in the same batch are whole
    assertThat(api.send("GET", BASE + "001200000000004", null).status()).isEqualTo(404);
    assertThat(api.send("GET", BASE + "001200000000013", null).status()).isEqualTo(404);
    assertThat(api.send("GET", BASE + sqnHigh, null).json().getLong("sqn")).isEqualTo(1000);
    JsonObject neighbour = api.send("GET", BASE + "001200000000012", null).json();
    assertThat(neighbour.getJsonArray("apns")).hasSize(2);
    assertThat(neighbour.getJsonObject("ims").getString("impi"))
        .isEqualTo("001200000000012@ims.example.org");
    assertThat(api.send("GET", BASE + "001200000000014", null).status()).isEqualTo(200);
  }

  @Test
  void anImportOfManyBatches_storesEveryRow_withKeysTheAuthenticationSideOpens() throws Exception {
    int lines = 95;
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      ndjson.append(subscriber(String.format("00121%010d", i)).encode()).append('\n');
    }

    JsonObject report = api.send("POST", IMPORT, ndjson.toString()).json();

    assertThat(report.getInteger("created")).isEqualTo(lines);
    assertThat(report.getInteger("failed")).isZero();
    for (int i = 0; i < lines; i++) {
      String imsi = String.format("00121%010d", i);
      JsonObject doc = api.send("GET", BASE + imsi, null).json();
      assertThat(doc.getJsonArray("apns")).hasSize(2);
      assertThat(doc.getJsonObject("ims").getJsonArray("impus"))
          .containsExactly("sip:" + imsi + "@ims.example.org");
      SubscriberKeys keys = api.storage.directStore().keys(imsi, Deadline.NONE).await(10, SECONDS);
      assertThat(HexFormat.of().formatHex(keys.k())).isEqualTo(K);
      assertThat(HexFormat.of().formatHex(keys.opc())).isEqualTo(OPC);
      assertThat(keys.sqnHe()).isEqualTo(31); // SEQ 0, IND 31: a new subscriber's SQN_HE
    }
  }

  @Test
  void reimportingStoredSubscribers_replacesThem_andPublishesEachChange() throws Exception {
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (int i = 0; i < 15; i++) {
      String imsi = String.format("00122%010d", i);
      first.append(subscriber(imsi).encode()).append('\n');
      JsonObject changed = subscriber(imsi).put("status", "barred");
      changed.getJsonArray("apns").remove(1); // context 7 goes
      second.append(changed.encode()).append('\n');
    }
    assertThat(api.send("POST", IMPORT, first.toString()).json().getInteger("created"))
        .isEqualTo(15);
    CHANGES.clear();

    JsonObject report = api.send("POST", IMPORT, second.toString()).json();

    assertThat(report.getInteger("replaced")).isEqualTo(15);
    for (int i = 0; i < 15; i++) {
      SubscriberChanged change = CHANGES.poll(10, SECONDS);
      assertThat(change).isNotNull();
      assertThat(change.imsi()).isEqualTo(String.format("00122%010d", i));
      assertThat(change.change()).isEqualTo(SubscriberChanged.Change.UPDATED);
      assertThat(change.barred()).isTrue();
      assertThat(change.removedContextIds()).containsExactly(7);
    }
    JsonObject doc = api.send("GET", BASE + "001220000000003", null).json();
    assertThat(doc.getString("status")).isEqualTo("barred");
    assertThat(doc.getJsonArray("apns")).hasSize(1);
  }

  @Test
  void withOneBatchInFlight_theRequestWaitsForEachBatch_andLaterLinesReplaceEarlierOnes()
      throws Exception {
    int lines = 41;
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      // every third line names a subscriber of an earlier line again, often in the same batch
      String imsi = String.format("00123%010d", i % 3 == 2 ? i - 1 : i);
      ndjson
          .append(new JsonObject(ApiFixture.subscriber(imsi)).put("msisdn", "3360" + i).encode())
          .append('\n');
    }

    ApiFixture.Reply reply = oneInFlight.send("POST", IMPORT, ndjson.toString());

    assertThat(reply.status()).isEqualTo(200);
    JsonObject report = reply.json();
    int again = lines / 3;
    assertThat(report.getInteger("created")).isEqualTo(lines - again);
    assertThat(report.getInteger("replaced")).isEqualTo(again);
    JsonArray results = report.getJsonArray("results");
    for (int i = 0; i < lines; i++) {
      assertThat(results.getJsonObject(i).getInteger("line")).isEqualTo(i + 1);
      assertThat(results.getJsonObject(i).getInteger("status")).isEqualTo(i % 3 == 2 ? 200 : 201);
    }
    // the later line wins, as it would line by line
    assertThat(oneInFlight.send("GET", BASE + "001230000000001", null).json().getString("msisdn"))
        .isEqualTo("33602");
  }
}
