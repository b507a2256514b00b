package org.reactivehss.store;

import io.vertx.core.Future;
import org.reactivehss.bus.Deadline;

/**
 * What authentication needs from storage: key material and atomic SQN reservations.
 *
 * <p>The SQN policy (TS 33.102 Annex C, see docs/sqn.md): SQN = SEQ (43 bits) || IND (5 bits) is
 * kept as one 48-bit counter SQN_HE holding the last SQN issued. Vector k of a batch of n (k =
 * 1..n) gets SQN_HE + k, so IND cycles through the 32 slots and SEQ advances once every 32 vectors;
 * the stored value becomes SQN_HE + n in the same atomic statement. Every future completes only
 * after the new SQN_HE is durable (committed), so an answer carrying a vector never precedes its
 * reservation.
 *
 * <p>Failures complete the future with a {@link org.reactivehss.failure.HssFailure} (its kind
 * decides the answer). A call whose {@link Deadline} has passed before it reaches the database (at
 * once, or while it waits for a batch or a connection) fails with TIMED_OUT and does no database
 * work: its answer has gone out.
 */
public interface SubscriberAuthStore {

  /**
   * Reads the subscriber's keys without touching the SQN (used to verify an AUTS before resync).
   */
  Future<SubscriberKeys> keys(String imsi, Deadline deadline);

  /**
   * Atomically reserves {@code n} SQNs: SQN_HE := SQN_HE + n (mod 2^48); the reservation covers
   * SQN_HE(old) + 1 .. SQN_HE(old) + n.
   */
  Future<SqnReservation> reserve(String imsi, int n, Deadline deadline);

  /**
   * Resynchronisation: atomically SQN_HE := max(SQN_HE, floor), then reserves {@code n} as {@link
   * #reserve} does. {@code floor} is computed by the auth side from a verified AUTS so that the
   * next SQN has SEQ = SEQ_MS + 1 (floor = SEQ_MS || 11111). SQN_HE never moves backwards.
   */
  Future<SqnReservation> resyncAndReserve(String imsi, long floor, int n, Deadline deadline);

  /** {@link #keys(String, Deadline)} for a caller no peer waits on. */
  default Future<SubscriberKeys> keys(String imsi) {
    return keys(imsi, Deadline.NONE);
  }

  /** {@link #reserve(String, int, Deadline)} for a caller no peer waits on. */
  default Future<SqnReservation> reserve(String imsi, int n) {
    return reserve(imsi, n, Deadline.NONE);
  }

  /** {@link #resyncAndReserve(String, long, int, Deadline)} for a caller no peer waits on. */
  default Future<SqnReservation> resyncAndReserve(String imsi, long floor, int n) {
    return resyncAndReserve(imsi, floor, n, Deadline.NONE);
  }
}
