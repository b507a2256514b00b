package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's prefix searches are index ranges on the V12 text_pattern_ops indexes, whatever the
 * database's collation: the planner is told to avoid sequential scans, so a query whose shape the
 * index cannot serve shows a Seq Scan here. Also the range's upper bound, on which every match
 * depends.
 */
class SubscriberSearchIndexTest {
  private static final Vertx vertx = Vertx.vertx();
  private static Storage storage;

  @BeforeAll
  static void start() throws Exception {
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  private static String plan(SubscriberSearch.Field field) throws Exception {
    SubscriberSearch search = new SubscriberSearch(field, "0010");
    String sql = "EXPLAIN " + SubscriberDocuments.pageWhere(field);
    return storage
        .pool()
        .withTransaction(
            conn ->
                conn.query("SET LOCAL enable_seqscan = off")
                    .execute()
                    .compose(
                        v ->
                            conn.preparedQuery(sql)
                                .execute(Tuple.of("", 100, search.prefix(), search.upperBound())))
                    .map(
                        rows -> {
                          List<String> lines = new ArrayList<>();
                          for (Row row : rows) {
                            lines.add(row.getString(0));
                          }
                          return String.join("\n", lines);
                        }))
        .await(10, SECONDS);
  }

  @Test
  void eachPrefixSearch_usesItsPatternIndex() throws Exception {
    assertThat(plan(SubscriberSearch.Field.IMSI)).contains("subscribers_imsi_prefix");
    assertThat(plan(SubscriberSearch.Field.MSISDN)).contains("subscribers_msisdn_prefix");
    assertThat(plan(SubscriberSearch.Field.IMPU)).contains("ims_public_identities_impu_prefix");
  }

  @Test
  void upperBound_isThePrefixWithItsLastCharacterRaised() {
    assertThat(new SubscriberSearch(SubscriberSearch.Field.IMSI, "0019").upperBound())
        .isEqualTo("001:");
    assertThat(new SubscriberSearch(SubscriberSearch.Field.IMPU, "sip:a").upperBound())
        .isEqualTo("sip:b");
  }
}
