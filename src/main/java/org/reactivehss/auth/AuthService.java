package org.reactivehss.auth;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.reactivehss.store.SqnReservation;
import org.reactivehss.store.StoreException;
import org.reactivehss.store.SubscriberAuthStore;
import org.reactivehss.store.SubscriberKeys;

/**
 * One request for vectors, start to end: validate, reserve SQNs (or verify AUTS and resynchronise,
 * TS 33.102 §6.3.5), then build the vectors from the reservation. SQNs come only from the store's
 * atomic reservation, never from a read followed by a write, so no SQN is issued twice.
 */
final class AuthService {
  private final SubscriberAuthStore store;
  private final AuthEvents events;
  private final StoreDeadline deadline;

  AuthService(SubscriberAuthStore store, AuthEvents events, StoreDeadline deadline) {
    this.store = store;
    this.events = events;
    this.deadline = deadline;
  }

  Future<VectorReply> vectors(VectorRequest request) {
    String problem = request.invalidReason();
    if (problem != null) {
      return Future.failedFuture(new AuthException(AuthFailure.BAD_REQUEST, problem));
    }
    Future<SqnReservation> reservation = request.resync() == null
        ? deadline.bound(store.reserve(request.imsi(), request.n()))
        : deadline.bound(store.keys(request.imsi())).compose(keys -> resynchronise(keys, request));
    return reservation.transform(result -> result.succeeded()
        ? issue(request, result.result())
        : Future.failedFuture(classify(result.cause())));
  }

  /**
   * A valid AUTS moves SQN_HE up to SEQ_MS || 11111 (never down) and reserves n in the same atomic
   * statement; an invalid one leaves SQN_HE alone and fails (docs/sqn.md, "Failed resync").
   */
  private Future<SqnReservation> resynchronise(SubscriberKeys keys, VectorRequest request) {
    Optional<Sqn> sqnMs;
    try {
      sqnMs = Resync.verifiedSqnMs(AkaAlgorithm.forSubscriber(keys), request.resync());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(unusableKeys(e));
    }
    if (sqnMs.isEmpty()) {
      events.resyncRefused();
      return Future.failedFuture(new AuthException(AuthFailure.RESYNC_MAC_FAILURE,
          "MAC-S of AUTS did not verify; SQN_HE unchanged"));
    }
    events.resyncAccepted();
    return deadline.bound(
        store.resyncAndReserve(request.imsi(), sqnMs.get().resyncFloor().value(), request.n()));
  }

  private Future<VectorReply> issue(VectorRequest request, SqnReservation reservation) {
    List<AuthVector> vectors;
    try {
      vectors = AuthVectors.build(reservation.keys(), request.kind(), Sqn.of(reservation.firstSqn()),
          reservation.count(), request.servingPlmn());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(unusableKeys(e));
    }
    events.vectorsIssued(request.kind(), vectors.size());
    return Future.succeededFuture(new VectorReply(request.kind(), vectors));
  }

  /** Storage failures keep their meaning; anything unexpected counts as storage unavailable. */
  private static AuthException classify(Throwable cause) {
    if (cause instanceof AuthException auth) {
      return auth;
    }
    if (cause instanceof StoreException store) {
      return switch (store.failure()) {
        case UNKNOWN_SUBSCRIBER -> new AuthException(AuthFailure.UNKNOWN_SUBSCRIBER, "unknown subscriber");
        case TIMEOUT -> new AuthException(AuthFailure.STORE_TIMEOUT, "storage timed out");
        case UNAVAILABLE -> new AuthException(AuthFailure.STORE_UNAVAILABLE, "storage unavailable");
      };
    }
    return new AuthException(AuthFailure.STORE_UNAVAILABLE,
        "storage failed: " + cause.getClass().getSimpleName());
  }

  /** The message names the field that is wrong (from AkaAlgorithm), never a key value. */
  private static AuthException unusableKeys(IllegalArgumentException e) {
    return new AuthException(AuthFailure.STORE_UNAVAILABLE, "subscriber key material unusable: "
        + e.getMessage());
  }
}
