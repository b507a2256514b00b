package org.reactivehss.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.dict.S6aCommands;

/**
 * Tag values come from the dictionary and the enums only, whatever numbers a peer puts on the wire.
 */
class MicrometerHssMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerHssMetrics metrics = new MicrometerHssMetrics(registry);

  @Test
  void resultNames_distinguishBaseFromExperimentalCodesOfTheSameNumber() {
    int air = S6aCommands.AUTHENTICATION_INFORMATION.code();
    metrics.diameterAnswer(Applications.S6A, air, 5001, true, 1_000);
    metrics.diameterAnswer(Applications.S6A, air, 5001, false, 1_000);
    metrics.diameterAnswer(Applications.CX, CxCommands.MULTIMEDIA_AUTH.code(), 2001, true, 1_000);

    assertThat(count("AIR", "DIAMETER_ERROR_USER_UNKNOWN")).isEqualTo(1);
    assertThat(count("AIR", "DIAMETER_AVP_UNSUPPORTED")).isEqualTo(1);
    assertThat(count("MAR", "DIAMETER_FIRST_REGISTRATION")).isEqualTo(1);
    assertThat(registry.get(Meters.DIAMETER_ANSWERS).tag(Meters.TAG_RESULT_CODE, "5001").counters())
        .hasSize(2);
  }

  @Test
  void unknownApplicationsCommandsAndCodes_allBecomeOther() {
    for (int i = 0; i < 50; i++) {
      metrics.diameterRequest(0x7000_0000 + i, 9000 + i);
      metrics.diameterAnswer(Applications.S6A, 9000 + i, 7000 + i, i % 2 == 0, 1_000);
    }

    Set<String> values = new HashSet<>();
    for (Meter m : registry.getMeters()) {
      if (Set.of(Meters.DIAMETER_REQUESTS, Meters.DIAMETER_ANSWERS, Meters.DIAMETER_DURATION)
          .contains(m.getId().getName())) {
        m.getId().getTags().forEach(t -> values.add(t.getValue()));
      }
    }
    assertThat(values).containsExactlyInAnyOrder("other", "s6a");
    assertThat(registry.get(Meters.DIAMETER_REQUESTS).counters()).hasSize(1);
    assertThat(registry.get(Meters.DIAMETER_REQUESTS).counter().count()).isEqualTo(50);
  }

  @Test
  void hssInitiatedOutcomes_areCountedPerCommandAndOutcome_retriesApart() {
    int clr = S6aCommands.CANCEL_LOCATION.code();
    metrics.hssRequest(Applications.S6A, clr, HssRequestOutcome.ANSWERED);
    metrics.hssRequest(Applications.S6A, clr, HssRequestOutcome.ANSWERED);
    metrics.hssRequest(Applications.S6A, clr, HssRequestOutcome.GAVE_UP);
    metrics.hssRequest(Applications.CX, CxCommands.PUSH_PROFILE.code(), HssRequestOutcome.REFUSED);
    metrics.hssRequestRetried(Applications.S6A, clr);

    assertThat(
            registry
                .get(Meters.HSS_INITIATED)
                .tag(Meters.TAG_COMMAND, "CLR")
                .tag(Meters.TAG_OUTCOME, "answered")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(Meters.HSS_INITIATED)
                .tag(Meters.TAG_COMMAND, "CLR")
                .tag(Meters.TAG_OUTCOME, "gave_up")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.HSS_INITIATED)
                .tag(Meters.TAG_APPLICATION, "cx")
                .tag(Meters.TAG_COMMAND, "PPR")
                .tag(Meters.TAG_OUTCOME, "refused")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.HSS_INITIATED_RETRIES)
                .tag(Meters.TAG_COMMAND, "CLR")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void outboundRequests_withoutAnswer_areTaggedNoAnswer_andAnswersWithoutCode_other() {
    int idr = S6aCommands.INSERT_SUBSCRIBER_DATA.code();
    metrics.outboundRequest(Applications.S6A, idr, false, 0, false, 1_000);
    metrics.outboundRequest(Applications.S6A, idr, true, -1, false, 1_000);
    metrics.outboundRequest(Applications.S6A, idr, true, 2001, false, 1_000);

    assertThat(
            registry
                .get(Meters.OUTBOUND_REQUESTS)
                .tag(Meters.TAG_RESULT, "no_answer")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.OUTBOUND_REQUESTS)
                .tag(Meters.TAG_RESULT, "other")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.OUTBOUND_REQUESTS)
                .tag(Meters.TAG_COMMAND, "IDR")
                .tag(Meters.TAG_RESULT_CLASS, "success")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void peerGauges_followConnectionsThroughTheirPhases() {
    metrics.peerPhase(null, PeerPhase.WAIT_CER);
    metrics.peerPhase(null, PeerPhase.WAIT_CER);
    metrics.peerPhase(PeerPhase.WAIT_CER, PeerPhase.OPEN);
    metrics.peerPhase(PeerPhase.WAIT_CER, PeerPhase.CLOSING);
    metrics.peerPhase(PeerPhase.CLOSING, null);

    assertThat(gauge(PeerPhase.OPEN)).isEqualTo(1);
    assertThat(gauge(PeerPhase.WAIT_CER)).isZero();
    assertThat(gauge(PeerPhase.CLOSING)).isZero();
  }

  @Test
  void relayCounts_existForEveryRoleAndOutcomeFromTheStart_andReplicasKnownIsAGauge() {
    assertThat(registry.find("hss.replica.relayed").counters())
        .hasSize(RelayRole.values().length * RelayResult.values().length);

    metrics.relayed(RelayRole.SENT, RelayResult.NO_REPLY);
    metrics.relayed(RelayRole.SENT, RelayResult.NO_REPLY);
    metrics.relayed(RelayRole.SERVED, RelayResult.ANSWERED);
    metrics.replicasKnown(3);

    assertThat(relayed("sent", "no_reply")).isEqualTo(2);
    assertThat(relayed("served", "answered")).isEqualTo(1);
    assertThat(relayed("sent", "answered")).isZero();
    assertThat(registry.get("hss.replica.known").gauge().value()).isEqualTo(3);
  }

  private double relayed(String role, String outcome) {
    return registry
        .get("hss.replica.relayed")
        .tag("role", role)
        .tag("outcome", outcome)
        .counter()
        .count();
  }

  @Test
  void authAndStorageEvents_landOnTheirTaggedMeters() {
    metrics.vectorsIssued(AuthVectorType.IMS, 3);
    metrics.resyncRefused();
    metrics.storage(StoreOperation.RESYNC, StoreOutcome.TIMEOUT, 2_000_000);
    metrics.busTimeout(BusTarget.AUTH);
    metrics.queueRefused(StorageQueue.LOCATION_UPDATES);
    metrics.queueRefused(StorageQueue.LOCATION_UPDATES);

    assertThat(registry.get(Meters.AUTH_VECTORS).tag(Meters.TAG_KIND, "ims").counter().count())
        .isEqualTo(3);
    assertThat(
            registry.get(Meters.AUTH_RESYNCS).tag(Meters.TAG_OUTCOME, "refused").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.STORAGE_DURATION)
                .tag(Meters.TAG_OPERATION, "resync")
                .tag(Meters.TAG_OUTCOME, "timeout")
                .timer()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(Meters.BUS_TIMEOUTS).tag(Meters.TAG_TARGET, "auth").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(Meters.QUEUE_REFUSED)
                .tag(Meters.TAG_QUEUE, "location_updates")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(registry.get(Meters.QUEUE_REFUSED).tag(Meters.TAG_QUEUE, "purges").counter().count())
        .isZero();
  }

  private double count(String command, String result) {
    return registry
        .get(Meters.DIAMETER_ANSWERS)
        .tag(Meters.TAG_COMMAND, command)
        .tag(Meters.TAG_RESULT, result)
        .counter()
        .count();
  }

  private double gauge(PeerPhase phase) {
    return registry.get(Meters.DIAMETER_PEERS).tag(Meters.TAG_STATE, phase.tag()).gauge().value();
  }
}
