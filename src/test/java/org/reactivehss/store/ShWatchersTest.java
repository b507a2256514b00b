package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.store.ShDataReference.IMS_USER_STATE;
import static org.reactivehss.store.ShDataReference.REPOSITORY_DATA;
import static org.reactivehss.store.ShDataReference.S_CSCF_NAME;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;

/**
 * The Sh watcher lookups of one event-loop turn share a statement ({@link ShWatchers}); each must
 * still get only the subscriptions it concerns (its subscriber, Data-References, identity and
 * Service-Indication), in PNR order, never an expired one, and the expired ones of the subscribers
 * read are removed. The same answers off the event loop, where each lookup is a statement of its
 * own.
 */
@Timeout(value = 60, unit = SECONDS)
class ShWatchersTest {
  private static final String A = "001010000000901";
  private static final String B = "001010000000902";
  private static final String UNKNOWN = "001010000000999";

  private static Vertx vertx;
  private static Storage storage;
  private static ShSubscriptions subscriptions;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    subscriptions = new ShSubscriptions(storage);
    SubscriberRepository subscribers = new SubscriberRepository(storage);
    subscribers.put(TestSubscribers.withSqn(A, 0L)).await(5, SECONDS);
    subscribers.put(TestSubscribers.withSqn(B, 0L)).await(5, SECONDS);
    Instant later = Instant.now().plusSeconds(3600);
    subscribe(A, later, "as2.example", "sip:a", IMS_USER_STATE, "");
    subscribe(A, later, "as1.example", "sip:a", S_CSCF_NAME, "");
    subscribe(A, later, "as1.example", "sip:a", IMS_USER_STATE, "");
    subscribe(A, null, "as1.example", "tel:+1", REPOSITORY_DATA, "svc1");
    subscribe(A, null, "as1.example", "sip:a", REPOSITORY_DATA, "svc2");
    subscribe(B, later, "as3.example", "sip:b", IMS_USER_STATE, "");
    subscribe(B, Instant.now().minusSeconds(1), "as1.example", "sip:b", IMS_USER_STATE, "");
  }

  @AfterAll
  static void stop() {
    vertx.close().await();
  }

  private static void subscribe(
      String imsi,
      Instant expiry,
      String as,
      String identity,
      ShDataReference reference,
      String indication)
      throws Exception {
    subscriptions
        .subscribe(
            imsi,
            List.of(new ShSubscription(identity, as, "example", reference, indication)),
            expiry,
            Deadline.NONE)
        .await(5, SECONDS);
  }

  /** The lookups of the test, in order; answers by AS, identity, Data-Reference code. */
  private static List<Future<List<ShSubscription>>> lookups() {
    Set<ShDataReference> registration = Set.of(IMS_USER_STATE, S_CSCF_NAME);
    Set<ShDataReference> repository = Set.of(REPOSITORY_DATA);
    return List.of(
        subscriptions.watchers(A, registration, null, null),
        subscriptions.watchers(A, repository, "tel:+1", "svc1"),
        subscriptions.watchers(A, repository, null, "svc2"),
        subscriptions.watchers(A, repository, "sip:a", "svc1"),
        subscriptions.watchers(B, registration, null, null),
        subscriptions.watchers(UNKNOWN, registration, null, null),
        subscriptions.watchers(A, Set.of(S_CSCF_NAME), "sip:a", null));
  }

  private static String described(List<ShSubscription> found) {
    List<String> lines = new ArrayList<>();
    for (ShSubscription s : found) {
      lines.add(
          s.originHost()
              + " "
              + s.identity()
              + " "
              + s.dataReference()
              + " "
              + s.serviceIndication());
    }
    return String.join(", ", lines);
  }

  private static final List<String> EXPECTED =
      List.of(
          "as1.example sip:a IMS_USER_STATE , as1.example sip:a S_CSCF_NAME , as2.example sip:a IMS_USER_STATE ",
          "as1.example tel:+1 REPOSITORY_DATA svc1",
          "as1.example sip:a REPOSITORY_DATA svc2",
          "",
          "as3.example sip:b IMS_USER_STATE ",
          "",
          "as1.example sip:a S_CSCF_NAME ");

  @Test
  void lookupsOfOneTurn_eachGetsWhatItConcerns_expiredOnesRemoved() throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<String>> done = Promise.promise();
    context.runOnContext(
        turn -> {
          List<Future<List<ShSubscription>>> asked = lookups();
          Future.all(asked)
              .map(all -> asked.stream().map(f -> described(f.result())).toList())
              .onComplete(done);
        });

    assertThat(done.future().await(10, SECONDS)).containsExactlyElementsOf(EXPECTED);
    long expiredLeft =
        storage
            .pool()
            .query("SELECT count(*) FROM sh_subscriptions WHERE expires_at <= now()")
            .execute()
            .await(5, SECONDS)
            .iterator()
            .next()
            .getLong(0);
    assertThat(expiredLeft).isZero();
  }

  @Test
  void lookupsOffTheEventLoop_oneStatementEach_sameAnswers() throws Exception {
    List<String> answers = new ArrayList<>();
    for (Future<List<ShSubscription>> lookup : lookups()) {
      answers.add(described(lookup.await(5, SECONDS)));
    }

    assertThat(answers).containsExactlyElementsOf(EXPECTED);
  }
}
