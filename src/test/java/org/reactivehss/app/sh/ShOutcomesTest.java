package org.reactivehss.app.sh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reactivehss.failure.FailureKind;

/** The Sh outcome table, pinned as data (docs/sh.md, docs/architecture.md "Failures"). */
class ShOutcomesTest {

  @Test
  void everyFailureKind_hasTheShAnswerOfTheTable() {
    assertThat(answer(FailureKind.UNKNOWN_SUBSCRIBER)).isEqualTo("E5001");
    assertThat(answer(FailureKind.BAD_REQUEST)).isEqualTo("R5004");
    assertThat(answer(FailureKind.TIMED_OUT)).isEqualTo("R3004");
    assertThat(answer(FailureKind.STORAGE_UNAVAILABLE)).isEqualTo("R3004");
    assertThat(answer(FailureKind.RESYNC_REFUSED)).isEqualTo("R5012");
    assertThat(answer(FailureKind.KEYS_UNUSABLE)).isEqualTo("R5012");
    assertThat(answer(FailureKind.INTERNAL)).isEqualTo("R5012");
  }

  @Test
  void userUnknown_isTheShExperimentalCode_ofApplication16777217() {
    assertThat(ShOutcomes.answer(FailureKind.UNKNOWN_SUBSCRIBER).applicationId())
        .isEqualTo(16777217);
  }

  private static String answer(FailureKind kind) {
    var code = ShOutcomes.answer(kind);
    return (code.isExperimental() ? "E" : "R") + code.code();
  }
}
