package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.bus.Deadline;

/**
 * What {@link ImsStore} batches per event-loop turn. Identity lookups ({@link IdentityLookups}):
 * each must get exactly the answer a lookup of its own gets (the single-statement path, taken off
 * the event loop), whatever else shares its statement: found, unknown IMPI, unknown IMPU,
 * identities of two subscribers, no IMPU, the same IMPI twice. S-CSCF names stored by MAR ({@link
 * AuthenticatingServers}): the last name asked for an IMSI wins, pending as for one statement, and
 * concurrent batches of two loops over the same subscribers all commit (their rows are locked in
 * IMSI order; a deadlock would fail a batch here, though a run without that order does not reliably
 * produce one). Server-Assignments ({@link ServerAssignments}): the same, and every public identity
 * of the set takes the state.
 */
@Timeout(value = 60, unit = SECONDS)
class ImsStoreBatchTest {
  private static Vertx vertx;
  private static Storage storage;
  private static ImsStore ims;

  /** IMPI, IMPU (null: none given) of each lookup, all asked in one turn. */
  private static final String[][] LOOKUPS = {
    {"alice@ims", "sip:alice@ims"},
    {"bob@ims", "sip:bob@ims"},
    {"nobody@ims", "sip:alice@ims"},
    {"alice@ims", "sip:nobody@ims"},
    {"alice@ims", "sip:bob@ims"},
    {"bob@ims", null},
    {"alice@ims", "tel:+15550001"},
    {"carol@ims", "sip:carol@ims"},
  };

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    storage = Storage.start(vertx, TestDatabase.get().newDatabase()).await(30, SECONDS);
    ims = new PgImsStore(storage);
    SubscriberRepository subscribers = new SubscriberRepository(storage);
    subscribers
        .put(withIms("001010000000801", "alice@ims", List.of("sip:alice@ims", "tel:+15550001")))
        .await(5, SECONDS);
    subscribers
        .put(withIms("001010000000802", "bob@ims", List.of("sip:bob@ims")))
        .await(5, SECONDS);
    subscribers.put(withIms("001010000000803", "carol@ims", List.of())).await(5, SECONDS);
    for (int i = 4; i <= 7; i++) {
      String name = "user" + i + "@ims";
      subscribers
          .put(withIms("00101000000080" + i, name, List.of("sip:" + name)))
          .await(5, SECONDS);
    }
  }

  /** Runs {@code calls} in one turn of a fresh event-loop context; completes when all have. */
  private static void inOneTurn(java.util.function.Supplier<List<Future<?>>> calls)
      throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<Void> done = Promise.promise();
    context.runOnContext(turn -> Future.all(calls.get()).<Void>mapEmpty().onComplete(done));
    done.future().await(10, SECONDS);
  }

  private static ImsSubscription subscriptionOf(String impi) throws Exception {
    return ims.byIdentities(impi, null, Deadline.NONE).await(5, SECONDS).subscription();
  }

  @Test
  void namesStoredInOneTurn_lastOneWinsPerImsi_pendingUnlessAlreadyRegistered() throws Exception {
    ims.assign("001010000000805", RegistrationState.REGISTERED, "sip:old.example", Deadline.NONE)
        .await(5, SECONDS);

    inOneTurn(
        () ->
            List.of(
                ims.storeAuthenticatingServer(
                    "001010000000804", "sip:first.example", Deadline.NONE),
                ims.storeAuthenticatingServer("001010000000805", "sip:new.example", Deadline.NONE),
                ims.storeAuthenticatingServer(
                    "001010000000899", "sip:nobody.example", Deadline.NONE),
                ims.storeAuthenticatingServer(
                    "001010000000804", "sip:second.example", Deadline.NONE)));

    ImsSubscription notRegistered = subscriptionOf("user4@ims");
    assertThat(notRegistered.scscfName()).isEqualTo("sip:second.example");
    assertThat(notRegistered.authPending()).isTrue();
    ImsSubscription registered = subscriptionOf("user5@ims");
    assertThat(registered.scscfName()).isEqualTo("sip:new.example");
    assertThat(registered.authPending()).isFalse();
  }

  @Test
  void twoLoopsStoringNamesForTheSameSubscribersAtOnce_allCommit() throws Exception {
    List<String> imsis = List.of("001010000000806", "001010000000807", "001010000000804");
    List<Future<?>> all =
        TwoLoopRace.run(
            vertx,
            20,
            (r, sent) -> {
              for (int i = 0; i < 30; i++) {
                sent.add(
                    ims.storeAuthenticatingServer(
                        imsis.get((i + r) % 3), "sip:a" + i, Deadline.NONE));
              }
            },
            (r, sent) -> {
              for (int i = 29; i >= 0; i--) {
                sent.add(
                    ims.storeAuthenticatingServer(
                        imsis.get((i * 7 + r) % 3), "sip:b" + i, Deadline.NONE));
              }
            });

    assertThat(all).hasSize(2 * 20 * 30).allMatch(Future::succeeded);
  }

  @Test
  void assignmentsInOneTurn_lastOneWinsPerImsi_wholeSetTakesTheState() throws Exception {
    ims.storeAuthenticatingServer("001010000000806", "sip:pending.example", Deadline.NONE)
        .await(5, SECONDS);

    inOneTurn(
        () ->
            List.of(
                ims.assign(
                    "001010000000801",
                    RegistrationState.REGISTERED,
                    "sip:first.example",
                    Deadline.NONE),
                ims.assign(
                    "001010000000806",
                    RegistrationState.REGISTERED,
                    "sip:pending.example",
                    Deadline.NONE),
                ims.assign("001010000000899", RegistrationState.REGISTERED, "sip:x", Deadline.NONE),
                ims.assign(
                    "001010000000801",
                    RegistrationState.UNREGISTERED,
                    "sip:second.example",
                    Deadline.NONE),
                ims.assign(
                    "001010000000807", RegistrationState.REGISTERED, "sip:gone", Deadline.NONE),
                ims.assign(
                    "001010000000807", RegistrationState.NOT_REGISTERED, null, Deadline.NONE)));

    ImsSubscription alice = subscriptionOf("alice@ims");
    assertThat(alice.scscfName()).isEqualTo("sip:second.example");
    assertThat(alice.publicIdentities())
        .hasSize(2)
        .allMatch(p -> p.state() == RegistrationState.UNREGISTERED);
    ImsSubscription confirmed = subscriptionOf("user6@ims");
    assertThat(confirmed.scscfName()).isEqualTo("sip:pending.example");
    assertThat(confirmed.authPending()).isFalse();
    assertThat(confirmed.state()).isEqualTo(RegistrationState.REGISTERED);
    ImsSubscription deregistered = subscriptionOf("user7@ims");
    assertThat(deregistered.scscfName()).isNull();
    assertThat(deregistered.state()).isEqualTo(RegistrationState.NOT_REGISTERED);
  }

  @Test
  void twoLoopsAssigningTheSameSubscribersAtOnce_allCommit() throws Exception {
    List<String> imsis = List.of("001010000000805", "001010000000804", "001010000000802");
    List<Future<?>> all =
        TwoLoopRace.run(
            vertx,
            20,
            (r, sent) -> {
              for (int i = 0; i < 30; i++) {
                sent.add(
                    ims.assign(
                        imsis.get((i + r) % 3),
                        RegistrationState.REGISTERED,
                        "sip:a" + i,
                        Deadline.NONE));
              }
            },
            (r, sent) -> {
              for (int i = 29; i >= 0; i--) {
                sent.add(
                    ims.assign(
                        imsis.get((i * 7 + r) % 3),
                        RegistrationState.UNREGISTERED,
                        "sip:b" + i,
                        Deadline.NONE));
              }
            });

    assertThat(all).hasSize(2 * 20 * 30).allMatch(Future::succeeded);
  }

  @AfterAll
  static void stop() throws Exception {
    storage.close().await(10, SECONDS);
    vertx.close().await(10, SECONDS);
  }

  private static Subscriber withIms(String imsi, String impi, List<String> impus) {
    Subscriber s = TestSubscribers.withSqn(imsi, 0L);
    return new Subscriber(
        s.imsi(),
        s.msisdn(),
        s.algorithm(),
        s.k(),
        s.op(),
        s.opc(),
        s.amf(),
        s.sqn(),
        s.status(),
        s.ambrUl(),
        s.ambrDl(),
        s.accessRestriction(),
        s.roamingAllowed(),
        s.non3gppAccess(),
        s.apns(),
        new Subscriber.Ims(impi, impus, List.of(), null));
  }

  @Test
  void lookupsSharingAStatementEachGetTheirOwnAnswer() throws Exception {
    List<ImsLookup> alone = new ArrayList<>();
    var worker = Executors.newSingleThreadExecutor();
    try {
      for (String[] lookup : LOOKUPS) {
        // off any Vert.x context: one statement per lookup
        alone.add(
            worker
                .submit(
                    () -> ims.byIdentities(lookup[0], lookup[1], Deadline.NONE).await(5, SECONDS))
                .get());
      }
    } finally {
      worker.shutdown();
    }

    Context context = vertx.getOrCreateContext();
    Promise<List<ImsLookup>> together = Promise.promise();
    context.runOnContext(
        turn -> {
          List<Future<ImsLookup>> each = new ArrayList<>();
          for (String[] lookup : LOOKUPS) {
            each.add(ims.byIdentities(lookup[0], lookup[1], Deadline.NONE));
          }
          Future.all(each)
              .map(done -> each.stream().map(Future::result).toList())
              .onComplete(together);
        });
    List<ImsLookup> batched = together.future().await(10, SECONDS);

    assertThat(alone)
        .extracting(ImsLookup::outcome)
        .containsExactly(
            ImsLookup.Outcome.FOUND,
            ImsLookup.Outcome.FOUND,
            ImsLookup.Outcome.UNKNOWN,
            ImsLookup.Outcome.UNKNOWN,
            ImsLookup.Outcome.IDENTITIES_DONT_MATCH,
            ImsLookup.Outcome.FOUND,
            ImsLookup.Outcome.FOUND,
            ImsLookup.Outcome.UNKNOWN);
    assertThat(alone.get(0).subscription().imsi()).isEqualTo("001010000000801");
    assertThat(alone.get(0).subscription().publicIdentities()).hasSize(2);
    assertThat(alone.get(5).subscription().imsi()).isEqualTo("001010000000802");
    assertThat(batched).isEqualTo(alone);
  }

  @Test
  void moreLookupsInOneTurnThanOneStatementCarries() throws Exception {
    Context context = vertx.getOrCreateContext();
    Promise<List<ImsLookup>> together = Promise.promise();
    int count = 600;
    context.runOnContext(
        turn -> {
          List<Future<ImsLookup>> each = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            each.add(
                ims.byIdentities(
                    i % 2 == 0 ? "alice@ims" : "bob@ims",
                    i % 3 == 0 ? null : "sip:bob@ims",
                    Deadline.NONE));
          }
          Future.all(each)
              .map(done -> each.stream().map(Future::result).toList())
              .onComplete(together);
        });
    List<ImsLookup> results = together.future().await(20, SECONDS);

    for (int i = 0; i < count; i++) {
      ImsLookup.Outcome expected =
          i % 3 == 0 || i % 2 == 1
              ? ImsLookup.Outcome.FOUND
              : ImsLookup.Outcome.IDENTITIES_DONT_MATCH;
      assertThat(results.get(i).outcome()).as("lookup %d", i).isEqualTo(expected);
    }
  }
}
