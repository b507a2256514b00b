package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** --flow, --mix and --resync-share: what they accept, and a clear message for what they refuse. */
class ProfileOptionsTest {
  private static LoadOptions parse(String... args) {
    return LoadOptions.parse(args);
  }

  @Test
  void aMixAddingUpTo100_givesEachCommandItsShareOfDraws() {
    LoadOptions o = parse("--mix", "air=40,ulr=25,pur=5,uar=10,mar=10,sar=10", "--rate", "100");

    Mix mix = o.profile().mix();
    assertThat(o.message()).isEqualTo("mix");
    assertThat(mix.pick(0)).isEqualTo(Command.AIR);
    assertThat(mix.pick(39)).isEqualTo(Command.AIR);
    assertThat(mix.pick(40)).isEqualTo(Command.ULR);
    assertThat(mix.pick(64)).isEqualTo(Command.ULR);
    assertThat(mix.pick(65)).isEqualTo(Command.PUR);
    assertThat(mix.pick(70)).isEqualTo(Command.UAR);
    assertThat(mix.pick(80)).isEqualTo(Command.MAR);
    assertThat(mix.pick(99)).isEqualTo(Command.SAR);
  }

  @Test
  void aMixNotAddingUpTo100_isRefusedWithItsSum() {
    assertThatThrownBy(() -> parse("--mix", "air=40,ulr=25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--mix percentages must add up to 100, got 65");
  }

  @Test
  void aMixNamingAnUnknownCommand_namesItAndTheKnownOnes() {
    assertThatThrownBy(() -> parse("--mix", "air=50,clr=50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--mix: unknown command 'clr'; known: air, ulr, pur, uar, mar, sar");
  }

  @Test
  void aMixEntryWithoutAPercentage_isRefused() {
    assertThatThrownBy(() -> parse("--mix", "air=40,ulr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--mix entries are command=percent");
  }

  @Test
  void aMixNamingACommandTwice_isRefused() {
    assertThatThrownBy(() -> parse("--mix", "air=50,air=50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--mix names air twice");
  }

  @Test
  void flowsHaveDefaults_andTakeTheirOptions() {
    LoadOptions o = parse("--flow", "attach", "--detach-share", "25");
    assertThat(o.profile().flow()).isEqualTo(Flow.Kind.ATTACH);
    assertThat(o.profile().detachSharePercent()).isEqualTo(25.0);
    assertThat(o.message()).isEqualTo("flow attach");

    LoadOptions ims = parse("--flow", "ims-registration", "--reregister-seconds", "0");
    assertThat(ims.profile().flow()).isEqualTo(Flow.Kind.IMS_REGISTRATION);
    assertThat(ims.profile().reregisterSeconds()).isZero();
    assertThat(ims.profile().scscfPool()).isEqualTo(4);
  }

  @Test
  void anUnknownFlow_isRefusedByName() {
    assertThatThrownBy(() -> parse("--flow", "handover"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--flow must be attach or ims-registration, got handover");
  }

  @Test
  void flowWithMixOrMessageOrRate_isRefused() {
    assertThatThrownBy(() -> parse("--flow", "attach", "--mix", "air=100"))
        .hasMessage("--flow and --mix exclude each other");
    assertThatThrownBy(() -> parse("--mix", "air=100", "--message", "air"))
        .hasMessage("--message sends one command; --flow and --mix choose their own");
    assertThatThrownBy(() -> parse("--flow", "attach", "--rate", "100"))
        .hasMessageStartingWith("--flow runs closed loop");
  }

  @Test
  void aShareOutside0To100_isRefused() {
    assertThatThrownBy(() -> parse("--flow", "attach", "--detach-share", "120"))
        .hasMessage("--detach-share must be between 0 and 100, got 120");
    assertThatThrownBy(() -> parse("--message", "air", "--resync-share", "x"))
        .hasMessage("--resync-share must be a percentage, got x");
  }

  @Test
  void resyncShareWithoutAirs_isRefused() {
    assertThat(parse("--message", "air", "--resync-share", "0.5").profile().resyncSharePercent())
        .isEqualTo(0.5);
    assertThatThrownBy(() -> parse("--message", "ulr", "--resync-share", "1"))
        .hasMessage(
            "--resync-share applies to AIRs: --message air, --flow attach or a --mix with air");
    assertThatThrownBy(() -> parse("--flow", "ims-registration", "--resync-share", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
