package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reactivehss.bus.Deadline;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.SqnReservation;
import org.reactivehss.store.SubscriberAuthStore;
import org.reactivehss.store.SubscriberKeys;

@ExtendWith(VertxExtension.class)
@Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
class AuthVerticleTest {
  private static final String IMSI = "001010000000042";
  private static final byte[] PLMN = {0x02, (byte) 0xf8, 0x59};
  private static final byte[] K = TestVectors.hex("465b5ce8b199b49faa5f0a2ee238a6bc");
  private static final byte[] OPC = TestVectors.hex("cd63cb71954a9f4e48a5994e37a02baf");

  private final InMemoryAuthStore store = new InMemoryAuthStore();
  private final AtomicInteger issued = new AtomicInteger();

  @BeforeEach
  void provision() {
    store.put(new SubscriberKeys(IMSI, "milenage", K, null, OPC, new byte[] {(byte) 0x80, 0}, 31));
  }

  private Future<String> deploy(Vertx vertx, SubscriberAuthStore withStore) {
    AuthEvents events =
        new AuthEvents() {
          @Override
          public void vectorsIssued(VectorKind kind, int count) {
            issued.addAndGet(count);
          }
        };
    return vertx.deployVerticle(
        () -> new AuthVerticle(withStore, events), new DeploymentOptions().setInstances(2));
  }

  private static Future<VectorReply> ask(Vertx vertx, VectorRequest request) {
    return vertx.eventBus().<VectorReply>request(AuthVerticle.ADDRESS, request).map(m -> m.body());
  }

  private static void assertFailure(Throwable cause, FailureKind expected) {
    assertThat(cause)
        .isInstanceOfSatisfying(HssFailure.class, f -> assertThat(f.kind()).isEqualTo(expected));
  }

  @Test
  void eutranRequestGetsNVectorsAndAdvancesSqnHeByN(Vertx vertx, VertxTestContext test) {
    deploy(vertx, store)
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.EUTRAN, 3, PLMN, null)))
        .onComplete(
            test.succeeding(
                reply ->
                    test.verify(
                        () -> {
                          assertThat(reply.kind()).isEqualTo(VectorKind.EUTRAN);
                          assertThat(reply.vectorsAs(EutranVector.class))
                              .hasSize(3)
                              .allSatisfy(v -> assertThat(v.kasme()).hasSize(32));
                          assertThat(store.sqnHe(IMSI)).isEqualTo(34);
                          assertThat(issued).hasValue(3);
                          test.completeNow();
                        })));
  }

  @Test
  void concurrentRequestsOverSeveralInstancesNeverShareAnSqn(Vertx vertx, VertxTestContext test) {
    int requests = 200;
    deploy(vertx, store)
        .onComplete(
            test.succeeding(
                id -> {
                  List<Future<VectorReply>> replies =
                      IntStream.range(0, requests)
                          .mapToObj(
                              i ->
                                  ask(
                                      vertx,
                                      new VectorRequest(
                                          IMSI, VectorKind.UTRAN, 1 + i % 5, null, null)))
                          .toList();
                  Future.all(replies)
                      .onComplete(
                          test.succeeding(
                              done ->
                                  test.verify(
                                      () -> {
                                        Milenage milenage = new Milenage(K, OPC);
                                        List<Long> sqns =
                                            replies.stream()
                                                .flatMap(
                                                    reply ->
                                                        reply
                                                            .result()
                                                            .vectorsAs(UtranVector.class)
                                                            .stream())
                                                .map(v -> sqnOf(milenage, v))
                                                .toList();
                                        int total =
                                            IntStream.range(0, requests).map(i -> 1 + i % 5).sum();
                                        assertThat(sqns)
                                            .hasSize(total)
                                            .doesNotHaveDuplicates()
                                            .allSatisfy(
                                                sqn -> assertThat(sqn).isBetween(32L, 31L + total));
                                        assertThat(store.sqnHe(IMSI)).isEqualTo(31 + total);
                                        test.completeNow();
                                      })));
                }));
  }

  /** Unmasks SQN from AUTN with AK = f5(RAND). */
  private static long sqnOf(Milenage milenage, UtranVector vector) {
    byte[] ak = milenage.challenge(vector.rand(), new byte[6], new byte[2]).ak();
    byte[] sqn = new byte[6];
    for (int i = 0; i < 6; i++) {
      sqn[i] = (byte) (vector.autn()[i] ^ ak[i]);
    }
    return Sqn.fromBytes(sqn).value();
  }

  @Test
  void imsAndUtranRequestsGetTheirOwnItemTypes(Vertx vertx, VertxTestContext test) {
    deploy(vertx, store)
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.IMS, 2, null, null)))
        .compose(
            ims ->
                ask(vertx, new VectorRequest(IMSI, VectorKind.UTRAN, 1, null, null))
                    .map(
                        utran -> {
                          assertThat(ims.vectorsAs(ImsAuthItem.class))
                              .hasSize(2)
                              .allSatisfy(item -> assertThat(item.sipAuthenticate()).hasSize(32));
                          assertThat(utran.vectorsAs(UtranVector.class)).hasSize(1);
                          return utran;
                        }))
        .onComplete(test.succeedingThenComplete());
  }

  @Test
  void validAutsResynchronisesThenServesVectorsTheUsimAccepts(Vertx vertx, VertxTestContext test) {
    UsimModel usim = new UsimModel(new Milenage(K, OPC));
    usim.acceptedEverySqnUpTo(Sqn.of(5_000_000));
    deploy(vertx, store)
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.IMS, 1, null, null)))
        .compose(
            stale -> {
              AkaRoundTrip.Issued first = AkaRoundTrip.Issued.of(stale.vectors().get(0));
              var rejected = (UsimModel.SyncFailure) usim.authenticate(first.rand(), first.autn());
              return ask(
                  vertx, new VectorRequest(IMSI, VectorKind.IMS, 1, null, rejected.randAndAuts()));
            })
        .onComplete(
            test.succeeding(
                fresh ->
                    test.verify(
                        () -> {
                          AkaRoundTrip.Issued item = AkaRoundTrip.Issued.of(fresh.vectors().get(0));
                          assertThat(usim.authenticate(item.rand(), item.autn()))
                              .isInstanceOf(UsimModel.Accepted.class);
                          assertThat(store.sqnHe(IMSI))
                              .isEqualTo(Sqn.of(5_000_000).resyncFloor().value() + 1);
                          test.completeNow();
                        })));
  }

  @Test
  void autsWithBadMacSFailsCodedAndLeavesSqnHe(Vertx vertx, VertxTestContext test) {
    byte[] forged = new byte[30];
    deploy(vertx, store)
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.EUTRAN, 1, PLMN, forged)))
        .onComplete(
            test.failing(
                cause ->
                    test.verify(
                        () -> {
                          assertFailure(cause, FailureKind.RESYNC_REFUSED);
                          assertThat(store.sqnHe(IMSI)).isEqualTo(31);
                          test.completeNow();
                        })));
  }

  @Test
  void unknownImsiFailsWithUnknownSubscriber(Vertx vertx, VertxTestContext test) {
    deploy(vertx, store)
        .compose(
            id -> ask(vertx, new VectorRequest("001019999999999", VectorKind.UTRAN, 1, null, null)))
        .onComplete(
            test.failing(
                cause ->
                    test.verify(
                        () -> {
                          assertFailure(cause, FailureKind.UNKNOWN_SUBSCRIBER);
                          test.completeNow();
                        })));
  }

  @Test
  void malformedRequestsFailWithBadRequestAndReserveNothing(Vertx vertx, VertxTestContext test) {
    List<Object> malformed =
        List.of(
            new VectorRequest(IMSI, VectorKind.UTRAN, 0, null, null),
            new VectorRequest(IMSI, VectorKind.UTRAN, VectorRequest.MAX_VECTORS + 1, null, null),
            new VectorRequest(IMSI, VectorKind.EUTRAN, 1, null, null),
            new VectorRequest(IMSI, VectorKind.EUTRAN, 1, new byte[2], null),
            new VectorRequest(IMSI, VectorKind.IMS, 1, null, new byte[29]),
            new VectorRequest(IMSI, VectorKind.EAP_AKA_PRIME, 1, null, null),
            new VectorRequest(IMSI, VectorKind.EAP_AKA_PRIME, 1, new byte[0], null),
            new VectorRequest(
                IMSI,
                VectorKind.EAP_AKA_PRIME,
                1,
                new byte[AkaPrimeKeys.MAX_ANID_OCTETS + 1],
                null),
            new VectorRequest(IMSI, null, 1, null, null),
            new VectorRequest(null, VectorKind.UTRAN, 1, null, null),
            "not a VectorRequest");
    deploy(vertx, store)
        .onComplete(
            test.succeeding(
                id -> {
                  List<Future<Object>> answers =
                      malformed.stream()
                          .map(
                              body ->
                                  vertx
                                      .eventBus()
                                      .request(AuthVerticle.ADDRESS, body)
                                      .map(m -> m.body()))
                          .toList();
                  Future.join(answers)
                      .onComplete(
                          done ->
                              test.verify(
                                  () -> {
                                    for (Future<Object> answer : answers) {
                                      assertFailure(answer.cause(), FailureKind.BAD_REQUEST);
                                    }
                                    assertThat(store.sqnHe(IMSI)).isEqualTo(31);
                                    test.completeNow();
                                  }));
                }));
  }

  @Test
  void silentStore_isBoundedByTheRequestsDeadline_notByATimerOfAuth(
      Vertx vertx, VertxTestContext test) {
    // GIVEN a database that never answers and a request with 50 ms left
    Deadline deadline = Deadline.inMillis(50);
    deploy(vertx, new SilentStore())
        // WHEN it is asked within that deadline (what the Diameter handlers do)
        .compose(
            id ->
                vertx
                    .eventBus()
                    .<VectorReply>request(
                        AuthVerticle.ADDRESS,
                        new VectorRequest(IMSI, VectorKind.UTRAN, 1, null, null, deadline),
                        deadline.sendOptions()))
        // THEN the wait ends when the deadline passes, as TIMED_OUT
        .onComplete(
            test.failing(
                cause ->
                    test.verify(
                        () -> {
                          assertThat(deadline.passed()).isTrue();
                          assertThat(HssFailure.from(cause).kind())
                              .isEqualTo(FailureKind.TIMED_OUT);
                          test.completeNow();
                        })));
  }

  @Test
  void requestWhoseDeadlinePassed_neverReachesStorage(Vertx vertx, VertxTestContext test) {
    // GIVEN a request whose answer has already gone out (its deadline is behind it)
    Deadline passed = Deadline.atNanos(System.nanoTime() - 1);
    deploy(vertx, store)
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.UTRAN, 1, null, null, passed)))
        // THEN it fails TIMED_OUT and SQN_HE did not move: no reservation was made for it
        .onComplete(
            test.failing(
                cause ->
                    test.verify(
                        () -> {
                          assertFailure(cause, FailureKind.TIMED_OUT);
                          assertThat(store.sqnHe(IMSI)).isEqualTo(31);
                          test.completeNow();
                        })));
  }

  @Test
  void failingStoreFailsWithStoreUnavailable(Vertx vertx, VertxTestContext test) {
    deploy(vertx, new FailingStore())
        .compose(id -> ask(vertx, new VectorRequest(IMSI, VectorKind.UTRAN, 1, null, null)))
        .onComplete(
            test.failing(
                cause ->
                    test.verify(
                        () -> {
                          assertFailure(cause, FailureKind.STORAGE_UNAVAILABLE);
                          test.completeNow();
                        })));
  }

  /** A database that never answers. */
  private static final class SilentStore implements SubscriberAuthStore {
    @Override
    public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
      return Promise.<SubscriberKeys>promise().future();
    }

    @Override
    public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
      return Promise.<SqnReservation>promise().future();
    }

    @Override
    public Future<SqnReservation> resyncAndReserve(
        String imsi, long floor, int n, Deadline deadline) {
      return Promise.<SqnReservation>promise().future();
    }
  }

  /** A database that refuses every statement. */
  private static final class FailingStore implements SubscriberAuthStore {
    private static <T> Future<T> refused() {
      return Future.failedFuture(
          HssFailure.of(FailureKind.STORAGE_UNAVAILABLE, "connection refused"));
    }

    @Override
    public Future<SubscriberKeys> keys(String imsi, Deadline deadline) {
      return refused();
    }

    @Override
    public Future<SqnReservation> reserve(String imsi, int n, Deadline deadline) {
      return refused();
    }

    @Override
    public Future<SqnReservation> resyncAndReserve(
        String imsi, long floor, int n, Deadline deadline) {
      return refused();
    }
  }
}
