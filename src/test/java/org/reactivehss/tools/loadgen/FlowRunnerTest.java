package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flow sequencing without a network: each request goes out only after a successful answer to the
 * previous one, for the same subscriber; the first failure ends the flow as failed and counted.
 */
class FlowRunnerTest {
  record Sent(Command command, int subscriber, boolean reRegistration, int hopByHop) {}

  private final List<Sent> sent = new ArrayList<>();
  private final List<Runnable> timers = new ArrayList<>();
  private final FlowCounters counters = new FlowCounters();

  private FlowRunner runner(String... args) {
    LoadOptions o = LoadOptions.parse(args);
    return new FlowRunner(
        o,
        0,
        (command, index, re) -> {
          sent.add(new Sent(command, index, re, sent.size()));
          return sent.size() - 1;
        },
        (millis, task) -> timers.add(task),
        counters);
  }

  private Sent last() {
    return sent.get(sent.size() - 1);
  }

  @Test
  void attach_sendsUlrOnlyAfterASuccessfulAia_forTheSameImsi() {
    FlowRunner r =
        runner(
            "--flow", "attach", "--detach-share", "0", "--connections", "1", "--subscribers", "8");
    r.start(1);
    assertThat(sent).hasSize(1);
    Sent air = last();
    assertThat(air.command()).isEqualTo(Command.AIR);

    r.onAnswer(air.hopByHop(), 2001);
    assertThat(sent).hasSize(2);
    assertThat(last().command()).isEqualTo(Command.ULR);
    assertThat(last().subscriber()).isEqualTo(air.subscriber());
    assertThat(counters.completed(Flow.Kind.ATTACH)).isZero();

    r.onAnswer(last().hopByHop(), 2001);
    assertThat(counters.completed(Flow.Kind.ATTACH)).isEqualTo(1);
    assertThat(last().command()).as("the next UE's flow starts").isEqualTo(Command.AIR);
  }

  @Test
  void aFailedAir_endsTheFlowAsFailed_withoutAnUlr() {
    FlowRunner r =
        runner(
            "--flow", "attach", "--detach-share", "0", "--connections", "1", "--subscribers", "8");
    r.start(1);

    r.onAnswer(last().hopByHop(), 5001);

    assertThat(sent).extracting(Sent::command).containsExactly(Command.AIR, Command.AIR);
    assertThat(counters.failed(Flow.Kind.ATTACH)).isEqualTo(1);
    assertThat(counters.completed(Flow.Kind.ATTACH)).isZero();
  }

  @Test
  void attachWithDetach_endsWithAPur() {
    FlowRunner r =
        runner(
            "--flow",
            "attach",
            "--detach-share",
            "100",
            "--connections",
            "1",
            "--subscribers",
            "8");
    r.start(1);
    r.onAnswer(last().hopByHop(), 2001);
    r.onAnswer(last().hopByHop(), 2001);
    assertThat(last().command()).isEqualTo(Command.PUR);
    assertThat(counters.completed(Flow.Kind.ATTACH)).isZero();

    r.onAnswer(last().hopByHop(), 2001);
    assertThat(counters.completed(Flow.Kind.ATTACH)).isEqualTo(1);
  }

  @Test
  void imsRegistration_isUarMarSar_thenReRegistersOnItsTimer_withUarAndSarReRegistration() {
    FlowRunner r =
        runner(
            "--flow",
            "ims-registration",
            "--connections",
            "1",
            "--subscribers",
            "8",
            "--reregister-seconds",
            "5");
    r.start(1);
    Sent uar = last();
    r.onAnswer(uar.hopByHop(), 2001); // Experimental-Result DIAMETER_FIRST_REGISTRATION
    r.onAnswer(last().hopByHop(), 2001);
    assertThat(last().command()).isEqualTo(Command.SAR);
    assertThat(last().reRegistration()).isFalse();
    r.onAnswer(last().hopByHop(), 2001);
    assertThat(counters.completed(Flow.Kind.IMS_REGISTRATION)).isEqualTo(1);
    assertThat(timers).hasSize(1);
    assertThat(sent.subList(0, 3))
        .extracting(Sent::command)
        .containsExactly(Command.UAR, Command.MAR, Command.SAR);

    int before = sent.size();
    timers.get(0).run();
    Sent reUar = sent.get(before);
    assertThat(reUar.command()).isEqualTo(Command.UAR);
    assertThat(reUar.subscriber()).isEqualTo(uar.subscriber());
    r.onAnswer(reUar.hopByHop(), 2002); // DIAMETER_SUBSEQUENT_REGISTRATION
    assertThat(last().command()).isEqualTo(Command.SAR);
    assertThat(last().reRegistration()).isTrue();
    r.onAnswer(last().hopByHop(), 2001);
    assertThat(counters.completed(Flow.Kind.IMS_RE_REGISTRATION)).isEqualTo(1);
    assertThat(timers).as("and again after each re-registration").hasSize(2);
  }

  @Test
  void flowsInProgress_takeDistinctSubscribersOfTheConnectionsShare() {
    LoadOptions o =
        LoadOptions.parse(
            new String[] {"--flow", "attach", "--connections", "2", "--subscribers", "8"});
    FlowRunner r =
        new FlowRunner(
            o,
            1,
            (command, index, re) -> {
              sent.add(new Sent(command, index, re, sent.size()));
              return sent.size() - 1;
            },
            (millis, task) -> {},
            counters);

    r.start(4);

    assertThat(sent).extracting(Sent::subscriber).containsExactlyInAnyOrder(1, 3, 5, 7);
  }
}
