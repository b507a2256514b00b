package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = SECONDS)
class MigrationRunnerTest {
  private static Vertx vertx;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  @Test
  void anEmptyDatabaseGetsEveryMigrationAndARerunAppliesNothing() throws Exception {
    Storage storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    try {
      List<Integer> rerun = storage.migrate(Migration.loadAll()).await(10, SECONDS);

      assertThat(rerun).isEmpty();
      assertThat(appliedVersions(storage)).containsExactly(1, 2, 3, 4, 5, 6);
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  @Test
  void aDatabaseAtThePreviousVersionGetsOnlyTheNewMigration() throws Exception {
    StoreOptions options = TestDatabase.get().newDatabase();
    Storage storage = Storage.start(vertx, options).await(30, SECONDS);
    try {
      storage
          .pool()
          .query(
              "DROP TABLE ims_public_identities, ims_identities; "
                  + "ALTER TABLE subscribers DROP COLUMN serving_mme_host, DROP COLUMN serving_mme_realm, "
                  + "DROP COLUMN serving_mme_since, DROP COLUMN purged_by_mme; "
                  + "DELETE FROM schema_migrations WHERE version = 2")
          .execute()
          .await(10, SECONDS);
      storage
          .pool()
          .query(
              "INSERT INTO subscribers (imsi, k, opc, amf, sqn) "
                  + "VALUES ('001010000000001', '\\x01', '\\x02', '\\x8000', 42)")
          .execute()
          .await(10, SECONDS);

      List<Integer> applied = storage.migrate(Migration.loadAll()).await(10, SECONDS);

      assertThat(applied).containsExactly(2);
      assertThat(
              storage
                  .pool()
                  .query("SELECT sqn, purged_by_mme FROM subscribers")
                  .execute()
                  .await(10, SECONDS)
                  .iterator()
                  .next()
                  .getLong(0))
          .isEqualTo(42);
    } finally {
      storage.close().await(10, SECONDS);
    }
  }

  @Test
  void twoProcessesStartingTogetherApplyEachMigrationOnce() throws Exception {
    StoreOptions options = TestDatabase.get().newDatabase();

    List<Storage> both =
        Future.all(Storage.start(vertx, options), Storage.start(vertx, options))
            .await(30, SECONDS)
            .list();
    try {
      assertThat(appliedVersions(both.get(0))).containsExactly(1, 2, 3, 4, 5, 6);
    } finally {
      for (Storage storage : both) {
        storage.close().await(10, SECONDS);
      }
    }
  }

  private static List<Integer> appliedVersions(Storage storage) throws Exception {
    return storage
        .pool()
        .query("SELECT version FROM schema_migrations ORDER BY version")
        .execute()
        .await(10, SECONDS)
        .stream()
        .map(row -> row.getInteger(0))
        .toList();
  }
}
