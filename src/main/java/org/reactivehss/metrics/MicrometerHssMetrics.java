package org.reactivehss.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link HssMetrics} on a Micrometer registry. Meters are looked up once per tag combination and
 * kept, so the hot path costs a map lookup and an atomic add.
 */
public final class MicrometerHssMetrics implements HssMetrics {
  private final MeterRegistry registry;
  private final Map<Long, Counter> requests = new ConcurrentHashMap<>();
  private final Map<AnswerKey, Answer> answers = new ConcurrentHashMap<>();
  private final Map<AnswerKey, Answer> outbound = new ConcurrentHashMap<>();
  private final Map<PeerPhase, AtomicInteger> peers = new EnumMap<>(PeerPhase.class);
  private final Map<AuthVectorType, Counter> vectors = new EnumMap<>(AuthVectorType.class);
  private final Counter resyncAccepted;
  private final Counter resyncRefused;
  private final Map<StoreOperation, Map<StoreOutcome, Timer>> storage =
      new EnumMap<>(StoreOperation.class);
  private final DistributionSummary reservationBatches;
  private final Timer reservationWait;
  private final Map<BusTarget, Counter> busTimeouts = new EnumMap<>(BusTarget.class);
  private final Map<StorageQueue, Counter> queueRefusals = new EnumMap<>(StorageQueue.class);
  private final Map<HssRequestKey, Counter> hssRequests = new ConcurrentHashMap<>();
  private final Map<PeerRefusal, Counter> refusals = new EnumMap<>(PeerRefusal.class);
  private final Map<ProvisioningWrite, Counter> sqnLowered = new EnumMap<>(ProvisioningWrite.class);
  private final Map<PushNotificationOutcome, Counter> pushNotifications =
      new EnumMap<>(PushNotificationOutcome.class);
  private final Map<RelayRole, Map<RelayResult, Counter>> relayed = new EnumMap<>(RelayRole.class);
  private final AtomicInteger replicasKnown = new AtomicInteger();

  private record AnswerKey(
      int applicationId, int commandCode, long resultCode, boolean experimental) {}

  private record Answer(Counter count, Timer duration) {}

  /** {@code outcome} null: the retries counter of the command. */
  private record HssRequestKey(int applicationId, int commandCode, HssRequestOutcome outcome) {}

  public MicrometerHssMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (PeerPhase phase : PeerPhase.values()) {
      AtomicInteger gauge = new AtomicInteger();
      peers.put(phase, gauge);
      Gauge.builder(Meters.DIAMETER_PEERS, gauge, AtomicInteger::get)
          .description("Diameter connections by state")
          .tag(Meters.TAG_STATE, phase.tag())
          .register(registry);
    }
    for (AuthVectorType type : AuthVectorType.values()) {
      vectors.put(
          type,
          Counter.builder(Meters.AUTH_VECTORS)
              .description("Authentication vectors issued")
              .tag(Meters.TAG_KIND, type.tag())
              .register(registry));
    }
    resyncAccepted = resyncs("accepted");
    resyncRefused = resyncs("refused");
    for (StoreOperation op : StoreOperation.values()) {
      Map<StoreOutcome, Timer> byOutcome = new EnumMap<>(StoreOutcome.class);
      for (StoreOutcome outcome : StoreOutcome.values()) {
        byOutcome.put(
            outcome,
            Timer.builder(Meters.STORAGE_DURATION)
                .description("Storage round trips")
                .tag(Meters.TAG_OPERATION, op.tag())
                .tag(Meters.TAG_OUTCOME, outcome.tag())
                .serviceLevelObjectives(Meters.LATENCY_BUCKETS)
                .register(registry));
      }
      storage.put(op, byOutcome);
    }
    reservationBatches =
        DistributionSummary.builder(Meters.RESERVATION_BATCH)
            .description("Reservation requests per SQN statement")
            .baseUnit("requests")
            .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64, 128, 256)
            .register(registry);
    reservationWait =
        Timer.builder(Meters.RESERVATION_WAIT)
            .description("Time a reservation request waited for its batch to leave")
            .serviceLevelObjectives(Meters.LATENCY_BUCKETS)
            .register(registry);
    for (StorageQueue queue : StorageQueue.values()) {
      queueRefusals.put(
          queue,
          Counter.builder(Meters.QUEUE_REFUSED)
              .description(
                  "Requests refused because the queue in front of the database was over its budget")
              .tag(Meters.TAG_QUEUE, queue.tag())
              .register(registry));
    }
    for (BusTarget target : BusTarget.values()) {
      busTimeouts.put(
          target,
          Counter.builder(Meters.BUS_TIMEOUTS)
              .description("Event-bus requests timed out")
              .tag(Meters.TAG_TARGET, target.tag())
              .register(registry));
    }
    for (PeerRefusal reason : PeerRefusal.values()) {
      refusals.put(
          reason,
          Counter.builder(Meters.PEER_REFUSALS)
              .description("Peers and requests refused")
              .tag(Meters.TAG_REASON, reason.tag())
              .register(registry));
    }
    for (ProvisioningWrite write : ProvisioningWrite.values()) {
      sqnLowered.put(
          write,
          Counter.builder(Meters.SQN_LOWERED)
              .description("SQN_HE lowered by API override")
              .tag(Meters.TAG_REQUEST, write.tag())
              .register(registry));
    }
    for (PushNotificationOutcome outcome : PushNotificationOutcome.values()) {
      pushNotifications.put(
          outcome,
          Counter.builder(Meters.SH_PNR)
              .description("Sh Push-Notifications for changed data, by outcome")
              .tag(Meters.TAG_OUTCOME, outcome.tag())
              .register(registry));
    }
    for (RelayRole role : RelayRole.values()) {
      Map<RelayResult, Counter> byResult = new EnumMap<>(RelayResult.class);
      for (RelayResult result : RelayResult.values()) {
        byResult.put(
            result,
            Counter.builder(Meters.REPLICA_RELAYED)
                .description("Requests handed between HSS replicas, per hand-over")
                .tag(Meters.TAG_ROLE, role.tag())
                .tag(Meters.TAG_OUTCOME, result.tag())
                .register(registry));
      }
      relayed.put(role, byResult);
    }
    Gauge.builder(Meters.REPLICAS_KNOWN, replicasKnown, AtomicInteger::get)
        .description("Live HSS replicas on the database, this one included")
        .register(registry);
  }

  private Counter resyncs(String outcome) {
    return Counter.builder(Meters.AUTH_RESYNCS)
        .description("AUTS resynchronisations")
        .tag(Meters.TAG_OUTCOME, outcome)
        .register(registry);
  }

  @Override
  public void diameterRequest(int applicationId, int commandCode) {
    long key = ((applicationId & 0xffffffffL) << 32) | (commandCode & 0xffffffffL);
    requests
        .computeIfAbsent(
            key,
            k ->
                Counter.builder(Meters.DIAMETER_REQUESTS)
                    .description("Diameter requests received")
                    .tag(Meters.TAG_APPLICATION, DiameterTags.application(applicationId))
                    .tag(Meters.TAG_COMMAND, DiameterTags.command(applicationId, commandCode))
                    .register(registry))
        .increment();
  }

  @Override
  public void diameterAnswer(
      int applicationId, int commandCode, long resultCode, boolean experimental, long nanos) {
    Answer answer =
        answers.computeIfAbsent(
            new AnswerKey(applicationId, commandCode, resultCode, experimental),
            this::answerMeters);
    answer.count().increment();
    answer.duration().record(nanos, TimeUnit.NANOSECONDS);
  }

  private Answer answerMeters(AnswerKey k) {
    String application = DiameterTags.application(k.applicationId());
    String command = DiameterTags.command(k.applicationId(), k.commandCode());
    String resultClass = DiameterTags.resultClass(k.resultCode());
    Counter count =
        Counter.builder(Meters.DIAMETER_ANSWERS)
            .description("Diameter answers sent")
            .tag(Meters.TAG_APPLICATION, application)
            .tag(Meters.TAG_COMMAND, command)
            .tag(
                Meters.TAG_RESULT,
                DiameterTags.result(k.applicationId(), k.resultCode(), k.experimental()))
            .tag(
                Meters.TAG_RESULT_CODE,
                DiameterTags.resultCode(k.applicationId(), k.resultCode(), k.experimental()))
            .tag(Meters.TAG_RESULT_CLASS, resultClass)
            .register(registry);
    Timer duration =
        Timer.builder(Meters.DIAMETER_DURATION)
            .description("Diameter request to answer")
            .tag(Meters.TAG_APPLICATION, application)
            .tag(Meters.TAG_COMMAND, command)
            .tag(Meters.TAG_RESULT_CLASS, resultClass)
            .serviceLevelObjectives(Meters.LATENCY_BUCKETS)
            .register(registry);
    return new Answer(count, duration);
  }

  @Override
  public void outboundRequest(
      int applicationId,
      int commandCode,
      boolean answered,
      long resultCode,
      boolean experimental,
      long nanos) {
    // an unanswered request is keyed with code -1, which no answer on the wire can carry (an answer
    // without a result code counts as code 0: class and name "other")
    Answer meters =
        outbound.computeIfAbsent(
            new AnswerKey(
                applicationId, commandCode, answered ? Math.max(resultCode, 0) : -1, experimental),
            this::outboundMeters);
    meters.count().increment();
    meters.duration().record(nanos, TimeUnit.NANOSECONDS);
  }

  private Answer outboundMeters(AnswerKey k) {
    boolean answered = k.resultCode() >= 0;
    String application = DiameterTags.application(k.applicationId());
    String command = DiameterTags.command(k.applicationId(), k.commandCode());
    String resultClass =
        answered ? DiameterTags.resultClass(k.resultCode()) : DiameterTags.NO_ANSWER;
    Counter count =
        Counter.builder(Meters.OUTBOUND_REQUESTS)
            .description("Diameter requests sent by the HSS")
            .tag(Meters.TAG_APPLICATION, application)
            .tag(Meters.TAG_COMMAND, command)
            .tag(
                Meters.TAG_RESULT,
                answered
                    ? DiameterTags.result(k.applicationId(), k.resultCode(), k.experimental())
                    : DiameterTags.NO_ANSWER)
            .tag(Meters.TAG_RESULT_CLASS, resultClass)
            .register(registry);
    Timer duration =
        Timer.builder(Meters.OUTBOUND_DURATION)
            .description("Diameter request sent to answer")
            .tag(Meters.TAG_APPLICATION, application)
            .tag(Meters.TAG_COMMAND, command)
            .tag(Meters.TAG_RESULT_CLASS, resultClass)
            .serviceLevelObjectives(Meters.LATENCY_BUCKETS)
            .register(registry);
    return new Answer(count, duration);
  }

  @Override
  public void hssRequest(int applicationId, int commandCode, HssRequestOutcome outcome) {
    hssRequests
        .computeIfAbsent(
            new HssRequestKey(applicationId, commandCode, outcome),
            k ->
                Counter.builder(Meters.HSS_INITIATED)
                    .description("Requests the HSS started, by outcome after all attempts")
                    .tag(Meters.TAG_APPLICATION, DiameterTags.application(applicationId))
                    .tag(Meters.TAG_COMMAND, DiameterTags.command(applicationId, commandCode))
                    .tag(Meters.TAG_OUTCOME, outcome.tag())
                    .register(registry))
        .increment();
  }

  @Override
  public void hssRequestRetried(int applicationId, int commandCode) {
    hssRequests
        .computeIfAbsent(
            new HssRequestKey(applicationId, commandCode, null),
            k ->
                Counter.builder(Meters.HSS_INITIATED_RETRIES)
                    .description("Attempts of HSS-started requests sent again")
                    .tag(Meters.TAG_APPLICATION, DiameterTags.application(applicationId))
                    .tag(Meters.TAG_COMMAND, DiameterTags.command(applicationId, commandCode))
                    .register(registry))
        .increment();
  }

  @Override
  public void peerRefused(PeerRefusal reason) {
    refusals.get(reason).increment();
  }

  @Override
  public void pushNotification(PushNotificationOutcome outcome) {
    pushNotifications.get(outcome).increment();
  }

  @Override
  public void relayed(RelayRole role, RelayResult result) {
    relayed.get(role).get(result).increment();
  }

  @Override
  public void replicasKnown(int replicas) {
    replicasKnown.set(replicas);
  }

  @Override
  public void sqnLowered(ProvisioningWrite write) {
    sqnLowered.get(write).increment();
  }

  @Override
  public void peerPhase(PeerPhase from, PeerPhase to) {
    if (from == to) {
      return;
    }
    if (from != null) {
      peers.get(from).decrementAndGet();
    }
    if (to != null) {
      peers.get(to).incrementAndGet();
    }
  }

  @Override
  public void vectorsIssued(AuthVectorType type, int count) {
    vectors.get(type).increment(count);
  }

  @Override
  public void resyncAccepted() {
    resyncAccepted.increment();
  }

  @Override
  public void resyncRefused() {
    resyncRefused.increment();
  }

  @Override
  public void reservationBatch(int requests) {
    reservationBatches.record(requests);
  }

  @Override
  public void reservationWait(long nanos) {
    reservationWait.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void storage(StoreOperation operation, StoreOutcome outcome, long nanos) {
    storage.get(operation).get(outcome).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void busTimeout(BusTarget target) {
    busTimeouts.get(target).increment();
  }

  @Override
  public void queueRefused(StorageQueue queue) {
    queueRefusals.get(queue).increment();
  }
}
