package org.reactivehss.auth;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.AuthEvent;
import org.reactivehss.store.AuthEventLog;
import org.reactivehss.store.SqnReservation;
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
  private final AuthEventLog history;

  AuthService(SubscriberAuthStore store, AuthEvents events) {
    this(store, events, AuthEventLog.NONE);
  }

  AuthService(SubscriberAuthStore store, AuthEvents events, AuthEventLog history) {
    this.store = store;
    this.events = events;
    this.history = history;
  }

  Future<VectorReply> vectors(VectorRequest request) {
    String problem = request.invalidReason();
    if (problem != null) {
      return Future.failedFuture(HssFailure.of(FailureKind.BAD_REQUEST, problem));
    }
    if (request.deadline().passed()) {
      // its answer has gone out already: no SQN is reserved for a request nobody waits for
      return Future.failedFuture(
          HssFailure.of(FailureKind.TIMED_OUT, "deadline passed before authentication"));
    }
    Future<SqnReservation> reservation =
        request.resync() == null
            ? store.reserve(request.imsi(), request.n(), request.deadline())
            : store
                .keys(request.imsi(), request.deadline())
                .compose(keys -> resynchronise(keys, request));
    // storage's failures pass through as they are: the application's outcome table decides the
    // answer
    return reservation.compose(reserved -> issue(request, reserved));
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
      history.record(
          AuthEvent.refused(request.imsi(), interfaceOf(request), request.peer(), keys.sqnHe()));
      return Future.failedFuture(
          HssFailure.of(
              FailureKind.RESYNC_REFUSED, "MAC-S of AUTS did not verify; SQN_HE unchanged"));
    }
    events.resyncAccepted();
    return store
        .resyncAndReserve(
            request.imsi(), sqnMs.get().resyncFloor().value(), request.n(), request.deadline())
        .onSuccess(
            reserved ->
                history.record(
                    AuthEvent.resync(
                        request.imsi(),
                        interfaceOf(request),
                        request.peer(),
                        keys.sqnHe(),
                        reserved.keys().sqnHe())));
  }

  /**
   * Where the request came from, by what it asks for: E-UTRAN and UTRAN vectors S6a, IMS items Cx,
   * EAP-AKA and EAP-AKA' items SWx.
   */
  private static AuthEvent.Interface interfaceOf(VectorRequest request) {
    return switch (request.kind()) {
      case EUTRAN, UTRAN -> AuthEvent.Interface.S6A;
      case IMS -> AuthEvent.Interface.CX;
      case EAP_AKA, EAP_AKA_PRIME -> AuthEvent.Interface.SWX;
    };
  }

  private Future<VectorReply> issue(VectorRequest request, SqnReservation reservation) {
    List<AuthVector> vectors;
    try {
      vectors =
          AuthVectors.build(
              reservation.keys(),
              request.kind(),
              Sqn.of(reservation.firstSqn()),
              reservation.count(),
              request.servingPlmn());
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(unusableKeys(e));
    }
    events.vectorsIssued(request.kind(), vectors.size());
    return Future.succeededFuture(new VectorReply(request.kind(), vectors));
  }

  /** The message names the field that is wrong (from AkaAlgorithm), never a key value. */
  private static HssFailure unusableKeys(IllegalArgumentException e) {
    return HssFailure.of(FailureKind.KEYS_UNUSABLE, e.getMessage());
  }
}
