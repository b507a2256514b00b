package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/** The auth history keeps each subscriber's newest events within the count and age bounds. */
@Timeout(value = 60, unit = SECONDS)
class AuthEventLogTest {
  private static Vertx vertx;
  private static Storage storage;
  private static SubscriberRepository subscribers;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    subscribers = new SubscriberRepository(storage);
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  @Test
  void beyondTheCount_onlyTheNewestEventsRemain_newestFirst() throws Exception {
    String imsi = "001010000000961";
    subscribers.put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
    AuthEventLog log = new AuthEventLog(storage, new AuthHistoryOptions(true, 3, 90));

    for (int i = 1; i <= 5; i++) {
      log.record(
              AuthEvent.resync(imsi, AuthEvent.Interface.S6A, "mme" + i, i * 100L, i * 100L + 32))
          .await(5, SECONDS);
    }

    List<AuthEvent> kept = log.newest(imsi, 10).await(5, SECONDS);
    assertThat(kept).extracting(AuthEvent::peer).containsExactly("mme5", "mme4", "mme3");
    assertThat(kept.get(0).sqnBefore()).isEqualTo(500);
    assertThat(kept.get(0).sqnAfter()).isEqualTo(532);
    assertThat(kept.get(0).at()).isNotNull();
  }

  @Test
  void switchedOff_recordsNothing_butStillReads() throws Exception {
    String imsi = "001010000000963";
    subscribers.put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
    AuthEventLog off = new AuthEventLog(storage, new AuthHistoryOptions(false, 100, 90));
    off.record(AuthEvent.resync(imsi, AuthEvent.Interface.S6A, "mme", 100L, 132L))
        .await(5, SECONDS);
    assertThat(off.newest(imsi, 10).await(5, SECONDS)).isEmpty();
  }

  @Test
  void eventsOlderThanTheAge_goWithTheSubscribersNextEvent() throws Exception {
    String imsi = "001010000000962";
    subscribers.put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
    AuthEventLog log = new AuthEventLog(storage, new AuthHistoryOptions(true, 100, 30));
    log.record(AuthEvent.refused(imsi, AuthEvent.Interface.CX, "scscf", 64)).await(5, SECONDS);
    storage
        .pool()
        .query("UPDATE auth_events SET at = now() - interval '31 days' WHERE imsi = '" + imsi + "'")
        .execute()
        .await(5, SECONDS);

    log.record(AuthEvent.refused(imsi, AuthEvent.Interface.CX, "scscf-new", 64)).await(5, SECONDS);

    assertThat(log.newest(imsi, 10).await(5, SECONDS))
        .extracting(AuthEvent::peer)
        .containsExactly("scscf-new");
  }

  @Test
  void aSubscriberWithoutEvents_hasAnEmptyHistory_anUnknownOneNone() throws Exception {
    String imsi = "001010000000963";
    subscribers.put(TestSubscribers.withSqn(imsi, 0L)).await(5, SECONDS);
    AuthEventLog log = new AuthEventLog(storage, AuthHistoryOptions.DEFAULTS);

    assertThat(log.newest(imsi, 10).await(5, SECONDS)).isEmpty();
    assertThatThrownBy(() -> log.newest("001010000000969", 10).await(5, SECONDS))
        .isInstanceOfSatisfying(
            HssFailure.class, f -> assertThat(f.kind()).isEqualTo(FailureKind.UNKNOWN_SUBSCRIBER));
  }
}
