package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A large import ends with the planner's statistics of the subscriber tables refreshed (ANALYZE),
 * before its answer; a small one leaves them to autovacuum. Without it, the request path's batched
 * statements ran on plans made for the empty tables until autovacuum came by: SAR batches scanned
 * every public identity (benchmarks/RESULTS.md, 2026-12-02).
 */
@Timeout(value = 120, unit = SECONDS)
class ImportStatisticsTest {
  private static final String IMPORT = "/api/v1/subscribers/import";
  private static final List<String> TABLES =
      List.of("subscribers", "subscriber_apns", "ims_identities", "ims_public_identities");

  private ApiFixture api;

  @BeforeEach
  void start() throws Exception {
    api = new ApiFixture(ApiOptions.defaults(), HttpClient.newHttpClient());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private static String lines(int count) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String imsi = String.format("0013%011d", i);
      body.append(
              new JsonObject(ApiFixture.subscriber(imsi))
                  .put(
                      "ims",
                      new JsonObject()
                          .put("impi", imsi + "@ims.example.org")
                          .put(
                              "impus",
                              new io.vertx.core.json.JsonArray()
                                  .add("sip:" + imsi + "@ims.example.org")))
                  .encode())
          .append('\n');
    }
    return body.toString();
  }

  /** Which of the subscriber tables PostgreSQL records an ANALYZE (by hand, not autovacuum) for. */
  private List<String> analyzedTables() throws Exception {
    List<String> analyzed = new ArrayList<>();
    for (Row row :
        api.storage
            .pool()
            .query(
                "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL"
                    + " AND relname IN ('subscribers', 'subscriber_apns', 'ims_identities',"
                    + " 'ims_public_identities') ORDER BY relname")
            .execute()
            .await(10, SECONDS)) {
      analyzed.add(row.getString(0));
    }
    return analyzed;
  }

  @Test
  void importOfAThousandLines_statisticsRefreshedBeforeTheAnswer() throws Exception {
    assertThat(analyzedTables()).isEmpty();

    ApiFixture.Reply reply = api.send("POST", IMPORT, lines(ImportStatistics.ANALYZE_AFTER_ROWS));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(new JsonObject(reply.body()).getInteger("created"))
        .isEqualTo(ImportStatistics.ANALYZE_AFTER_ROWS);
    // the statistics system publishes a backend's counters within a second of its transaction
    List<String> analyzed = List.of();
    for (int attempt = 0; attempt < 50 && analyzed.size() < TABLES.size(); attempt++) {
      analyzed = analyzedTables();
      Thread.sleep(100);
    }
    assertThat(analyzed).containsExactlyInAnyOrderElementsOf(TABLES);
  }

  @Test
  void importOfAFewLines_statisticsLeftToAutovacuum() throws Exception {
    ApiFixture.Reply reply = api.send("POST", IMPORT, lines(10));

    assertThat(reply.status()).isEqualTo(200);
    Thread.sleep(1_500);
    assertThat(analyzedTables()).isEmpty();
  }
}
