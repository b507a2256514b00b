package org.reactivehss.api;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.store.AuditEntry;
import org.reactivehss.store.AuditLog;
import org.reactivehss.store.AuditOptions;
import org.reactivehss.testing.Await;

/** The audit log keeps the newest max-rows rows younger than max-age-days, pruned periodically. */
@Timeout(value = 60, unit = SECONDS)
class AuditRetentionTest {
  private ApiFixture api;

  @BeforeEach
  void start() throws Exception {
    api =
        new ApiFixture(
            ApiOptions.defaults().withAudit(new AuditOptions(30, 3, 200)),
            HttpClient.newHttpClient());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
  }

  private long rows() throws Exception {
    return api.storage
        .pool()
        .query("SELECT count(*) FROM provisioning_audit")
        .execute()
        .await(10, SECONDS)
        .iterator()
        .next()
        .getLong(0);
  }

  @Test
  void theApiPrunesPeriodically_downToMaxRows_keepingTheNewest() throws Exception {
    for (int i = 0; i < 6; i++) {
      String imsi = "00101000000970" + i;
      assertThat(
              api.send("PUT", "/api/v1/subscribers/" + imsi, ApiFixture.subscriber(imsi)).status())
          .isEqualTo(201);
    }

    Await.until("the audit log is pruned to 3 rows", Duration.ofSeconds(20), () -> rows() <= 3);

    ApiFixture.Reply page = api.send("GET", "/api/v1/audit", null);
    assertThat(page.json().getJsonArray("items").getJsonObject(0).getString("subject"))
        .isEqualTo("001010000009705");
  }

  @Test
  void rowsOlderThanMaxAgeDays_arePruned() throws Exception {
    AuditLog log = new AuditLog(api.storage, new AuditOptions(30, 1_000, 3_600_000));
    log.record(AuditEntry.of("127.0.0.1:1", null, "reset", null, java.util.List.of()))
        .await(10, SECONDS);
    log.record(AuditEntry.of("127.0.0.1:2", null, "reset", null, java.util.List.of()))
        .await(10, SECONDS);
    api.storage
        .pool()
        .query(
            "UPDATE provisioning_audit SET at = now() - interval '31 days' WHERE client ="
                + " '127.0.0.1:1'")
        .execute()
        .await(10, SECONDS);

    int pruned = log.prune().await(10, SECONDS);

    assertThat(pruned).isEqualTo(1);
    assertThat(rows()).isEqualTo(1);
  }
}
