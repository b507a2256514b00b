package org.reactivehss.metrics;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * Everything the HSS measures, in its own words (Eclipse Hono's habit): callers say what happened,
 * the binding decides meter names and tags ({@link Meters}). Every tag value comes from a closed
 * set (the Diameter dictionary, or an enum here), never from an IMSI, a key or a peer-supplied
 * string.
 *
 * <p>Implementations are thread-safe: every event loop calls them. {@link #NONE} counts nothing and
 * is what tests get when they do not care.
 */
public interface HssMetrics {
  HssMetrics NONE = new HssMetrics() {};

  /** {@code count} items of {@code type} were issued (their SQNs are durable). */
  default void vectorsIssued(AuthVectorType type, int count) {}

  /** An AUTS verified (MAC-S valid); SQN_HE is moved up to its floor. */
  default void resyncAccepted() {}

  /** An AUTS failed MAC-S verification; SQN_HE did not move. */
  default void resyncRefused() {}

  /** A request arrived on an open connection (RFC 6733 §5.6 R-Open / I-Open). */
  default void diameterRequest(int applicationId, int commandCode) {}

  /**
   * The HSS answered a request with {@code resultCode} (Result-Code, or Experimental-Result-Code
   * when {@code experimental}), {@code nanos} after it arrived.
   */
  default void diameterAnswer(
      int applicationId, int commandCode, long resultCode, boolean experimental, long nanos) {}

  /**
   * A request this HSS sent (CLR, IDR, DSR, RTR, PPR ...) ended after {@code nanos}: answered with
   * {@code resultCode} (Experimental-Result-Code when {@code experimental}), or not answered at all
   * (timeout, connection lost) when {@code answered} is false.
   */
  default void outboundRequest(
      int applicationId,
      int commandCode,
      boolean answered,
      long resultCode,
      boolean experimental,
      long nanos) {}

  /**
   * A request this HSS started (CLR, IDR, DSR, RTR, PPR) ended, after all its attempts, with {@code
   * outcome}.
   */
  default void hssRequest(int applicationId, int commandCode, HssRequestOutcome outcome) {}

  /** An attempt of such a request got no usable answer and the request will be sent again. */
  /** One Sh PNR for a change of subscribed data ended with {@code outcome}. */
  default void pushNotification(PushNotificationOutcome outcome) {}

  default void hssRequestRetried(int applicationId, int commandCode) {}

  /** One hand-over of a request between HSS replicas ended, on the {@code role} side. */
  default void relayed(RelayRole role, RelayResult result) {}

  /** The live replicas on the database (this one included), as of this replica's heartbeat. */
  default void replicasKnown(int replicas) {}

  /**
   * A connection moved between phases; {@code from} is null for a new one, {@code to} null once
   * closed.
   */
  default void peerPhase(PeerPhase from, PeerPhase to) {}

  /** A peer, or one of its requests, was refused for {@code reason} (3010, 5003, 5017). */
  default void peerRefused(PeerRefusal reason) {}

  /**
   * A provisioning {@code write} with the SQN override lowered one subscriber's SQN_HE (committed):
   * SQNs already issued may be issued again, so operators want to see every one (docs/sqn.md).
   */
  default void sqnLowered(ProvisioningWrite write) {}

  /** One storage call finished after {@code nanos}. */
  default void storage(StoreOperation operation, StoreOutcome outcome, long nanos) {}

  /**
   * One statement reserved SQNs for {@code requests} reservation requests (batching, one event
   * loop).
   */
  default void reservationBatch(int requests) {}

  /**
   * A reservation request waited {@code nanos} in its event loop's batcher before its statement
   * left (for the batch interval or a free batch connection); the rest of its storage time is the
   * statement and its commit.
   */
  default void reservationWait(long nanos) {}

  /**
   * A request was refused before it joined {@code queue}: the queue had waited longer than its
   * budget (db.queue-budget-ms); the peer got 3004 (AIR 4181).
   */
  default void queueRefused(StorageQueue queue) {}

  /** An event-bus request to {@code target} got no reply in time. */
  default void busTimeout(BusTarget target) {}

  /**
   * Counts {@code failure} as a bus timeout of {@code target} when it is one (a {@link
   * ReplyException} of type TIMEOUT); the one check handlers call where they turn such a failure
   * into 3004.
   */
  default void busTimeoutIf(BusTarget target, Throwable failure) {
    if (failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.TIMEOUT) {
      busTimeout(target);
    }
  }
}
