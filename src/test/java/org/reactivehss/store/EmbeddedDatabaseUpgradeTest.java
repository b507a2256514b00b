package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reactivehss.store.EmbeddedCredentials.HSS_ROLE;
import static org.reactivehss.store.EmbeddedCredentials.SUPERUSER;

import io.vertx.core.Vertx;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory made by the earlier embedded mode (zonky's trust authentication, the HSS as
 * superuser, tables in schema public) is converted at the first start: subscribers and their SQNs
 * kept, passwords required from then on (docs/storage.md).
 */
@Timeout(value = 240, unit = SECONDS)
class EmbeddedDatabaseUpgradeTest {
  private static final String IMSI = "001010000000951";

  @TempDir Path dataDir;

  @Test
  void trustModeDataDirectory_isConverted_keepingSubscribersAndSqns_andRefusingPasswordlessLogins()
      throws Exception {
    StoreOptions keyed = StoreOptions.defaults().withKey(TestDatabase.TEST_KEY, 1, Map.of());
    Vertx vertx = Vertx.vertx();
    try {
      // GIVEN a data directory as the earlier version left it: SQN 4 issued to IMSI
      try (EmbeddedPostgres earlier =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir.resolve("postgres"))
              .setCleanDataDirectory(false)
              .start()) {
        Storage old =
            Storage.start(
                    vertx,
                    keyed.external("localhost", earlier.getPort(), "postgres", "postgres", null))
                .await(60, SECONDS);
        new SubscriberRepository(old).put(TestSubscribers.withSqn(IMSI, 0L)).await(5, SECONDS);
        old.directStore().reserve(IMSI, 4).await(5, SECONDS);
        old.close().await(30, SECONDS);
      }
      assertThat(dataDir.resolve("postgres").resolve("pg_hba.conf")).content().contains("trust");

      // WHEN this version starts on it
      Storage converted =
          Storage.start(vertx, keyed.withEmbedded(dataDir.toString(), 0)).await(120, SECONDS);
      try {
        // THEN the subscriber is there and its SQNs continue after the ones issued before
        assertThat(converted.directStore().reserve(IMSI, 1).await(5, SECONDS).firstSqn())
            .isEqualTo(5);
        int port = EmbeddedAccess.port(dataDir);
        assertThatThrownBy(() -> EmbeddedAccess.tcp("127.0.0.1", port, SUPERUSER, null).close())
            .isInstanceOf(SQLException.class);
        assertThat(dataDir.resolve("postgres").resolve("pg_hba.conf"))
            .content()
            .doesNotContain("trust");
        assertThat(
                PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve(EmbeddedCredentials.FILE_NAME))))
            .isEqualTo("rw-------");
        try (Connection admin =
                EmbeddedAccess.tcp(
                    "127.0.0.1", port, SUPERUSER, EmbeddedAccess.password(dataDir, SUPERUSER));
            Statement sql = admin.createStatement();
            ResultSet tables =
                sql.executeQuery(
                    "SELECT n.nspname, pg_get_userbyid(c.relowner), count(*) "
                        + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE c.relkind = 'r' AND n.nspname IN ('public', 'hss') GROUP BY 1, 2")) {
          assertThat(tables.next()).isTrue();
          assertThat(tables.getString(1) + ":" + tables.getString(2)).isEqualTo("hss:" + HSS_ROLE);
          assertThat(tables.getInt(3))
              .as(
                  "the earlier version's five tables, key_checks, auth_events, eir_rules, eir_checks,"
                      + " the three Sh tables, replicas, replica_peers, relayed_requests and"
                      + " provisioning_audit")
              .isEqualTo(16);
          assertThat(tables.next()).as("tables left in public or owned by another role").isFalse();
        }
      } finally {
        converted.close().await(30, SECONDS);
      }

      // AND a later start finds nothing more to convert and still serves the same subscriber
      Storage again =
          Storage.start(vertx, keyed.withEmbedded(dataDir.toString(), 0)).await(120, SECONDS);
      try {
        assertThat(again.directStore().reserve(IMSI, 1).await(5, SECONDS).firstSqn()).isEqualTo(6);
      } finally {
        again.close().await(30, SECONDS);
      }
    } finally {
      vertx.close().await(10, SECONDS);
    }
  }
}
