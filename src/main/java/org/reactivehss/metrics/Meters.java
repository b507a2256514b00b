package org.reactivehss.metrics;

import java.time.Duration;

/**
 * Meter and tag names, named once. Prometheus sees them with dots as underscores, counters with
 * {@code _total} and timers in seconds ({@code hss_diameter_request_duration_seconds_bucket}).
 */
final class Meters {
  /** Requests received on open connections; tags application, command. */
  public static final String DIAMETER_REQUESTS = "hss.diameter.requests";

  /** Answers sent; tags application, command, result (name), result_code (number), result_class. */
  public static final String DIAMETER_ANSWERS = "hss.diameter.answers";

  /** Request arrival to answer sent; tags application, command, result_class. */
  public static final String DIAMETER_DURATION = "hss.diameter.request.duration";

  /** Requests this HSS sent, by outcome; tags application, command, result, result_class. */
  public static final String OUTBOUND_REQUESTS = "hss.diameter.outbound.requests";

  /** Request sent to answer received (or given up); tags application, command, result_class. */
  public static final String OUTBOUND_DURATION = "hss.diameter.outbound.duration";

  /**
   * Requests this HSS started, by final outcome after every attempt; tags application, command,
   * outcome.
   */
  public static final String HSS_INITIATED = "hss.diameter.hss.initiated";

  /**
   * Attempts of such requests that got no usable answer and were sent again; tags application,
   * command.
   */
  public static final String HSS_INITIATED_RETRIES = "hss.diameter.hss.initiated.retries";

  /** Connections by phase; tag state. */
  public static final String DIAMETER_PEERS = "hss.diameter.peers";

  /** Authentication vectors (or IMS auth items) issued; tag kind. */
  public static final String AUTH_VECTORS = "hss.auth.vectors";

  /** AUTS resynchronisations (TS 33.102 §6.3.5); tag outcome. */
  public static final String AUTH_RESYNCS = "hss.auth.resyncs";

  /** Storage round trips of the auth path; tags operation, outcome. */
  public static final String STORAGE_DURATION = "hss.storage.duration";

  /** Reservation requests per SQN statement (batching); no tags. */
  public static final String RESERVATION_BATCH = "hss.storage.reservation.batch";

  /** Time a reservation request waited for its batch to leave; no tags. */
  public static final String RESERVATION_WAIT = "hss.storage.reservation.wait";

  public static final String QUEUE_REFUSED = "hss.storage.queue.refused";

  /** Event-bus requests that got no reply in time; tag target. */
  public static final String BUS_TIMEOUTS = "hss.bus.timeouts";

  /** Peers and requests refused by the allow-list, grants or transport security; tag reason. */
  public static final String PEER_REFUSALS = "hss.diameter.peer.refusals";

  /** SQN_HE lowered through the provisioning API's audited override (docs/sqn.md); tag request. */
  public static final String SQN_LOWERED = "hss.provisioning.sqn.lowered";

  /** Sh Push-Notifications to subscribed ASs, by outcome (PushNotificationOutcome). */
  public static final String SH_PNR = "hss.sh.pnr";

  /** Requests handed between HSS replicas, per hand-over; tags role, outcome (RelayResult). */
  public static final String REPLICA_RELAYED = "hss.replica.relayed";

  /** Live replicas on the shared database as of the last heartbeat, this one included; no tags. */
  public static final String REPLICAS_KNOWN = "hss.replica.known";

  public static final String TAG_ROLE = "role";
  public static final String TAG_APPLICATION = "application";
  public static final String TAG_COMMAND = "command";
  public static final String TAG_RESULT = "result";
  public static final String TAG_RESULT_CODE = "result_code";
  public static final String TAG_RESULT_CLASS = "result_class";
  public static final String TAG_STATE = "state";
  public static final String TAG_KIND = "kind";
  public static final String TAG_OUTCOME = "outcome";
  public static final String TAG_OPERATION = "operation";
  public static final String TAG_TARGET = "target";
  public static final String TAG_QUEUE = "queue";
  public static final String TAG_REASON = "reason";
  public static final String TAG_REQUEST = "request";

  /**
   * Histogram buckets of every latency meter: 0.1 ms to 5 s, from an answer that never leaves the
   * event loop (DWA, 3001) to the Diameter request timeout of an MME (Tx, typically a few seconds).
   */
  static final Duration[] LATENCY_BUCKETS = {
    Duration.ofNanos(100_000),
    Duration.ofNanos(250_000),
    Duration.ofNanos(500_000),
    Duration.ofMillis(1),
    Duration.ofMillis(2),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5)
  };

  private Meters() {}
}
