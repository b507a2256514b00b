package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Separate HSS JVMs on one database: no SQN twice, and none reissued after a kill -9. */
@Timeout(value = 120, unit = SECONDS)
class MultiProcessReservationTest {
  private static Vertx vertx;
  private static Storage storage;
  private static String database;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    StoreOptions options = TestDatabase.get().newDatabase();
    database = options.database();
    storage = Storage.start(vertx, options).await(30, SECONDS);
    SubscriberRepository subscribers = new SubscriberRepository(storage);
    subscribers.put(TestSubscribers.withSqn("001010000000201", 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn("001010000000202", 0L)).await(5, SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  @Test
  void twoProcessesReservingForOneSubscriberNeverShareAnSqn() throws Exception {
    ReserverProcess first = new ReserverProcess(database, "001010000000201", 5_000);
    ReserverProcess second = new ReserverProcess(database, "001010000000201", 5_000);

    assertThat(first.awaitExit(90)).isZero();
    assertThat(second.awaitExit(90)).isZero();

    List<Long> union = new ArrayList<>(first.sqns());
    union.addAll(second.sqns());
    assertThat(union).hasSize(10_000);
    assertThat(new HashSet<>(union)).hasSize(10_000);
  }

  @Test
  void afterAKillNineTheRestartedProcessIssuesOnlyHigherSqns() throws Exception {
    ReserverProcess killed = new ReserverProcess(database, "001010000000202", -1);
    killed.awaitSqns(2_000, 60);
    killed.kill();
    List<Long> before = killed.sqns();
    assertThat(before).hasSizeGreaterThanOrEqualTo(2_000);

    ReserverProcess restarted = new ReserverProcess(database, "001010000000202", 2_000);
    assertThat(restarted.awaitExit(60)).isZero();

    long highestBefore = Collections.max(before);
    assertThat(restarted.sqns()).hasSize(2_000).allMatch(sqn -> sqn > highestBefore);
    assertThat(new HashSet<>(before)).hasSameSizeAs(before);
  }
}
