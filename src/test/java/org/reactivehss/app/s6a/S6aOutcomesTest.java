package org.reactivehss.app.s6a;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.failure.FailureKind;

/** The S6a outcome table, row by row as docs/architecture.md "Failures" states it. */
class S6aOutcomesTest {
  private static final CommandDef AIR = S6aCommands.AUTHENTICATION_INFORMATION;

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(
            AIR, FailureKind.UNKNOWN_SUBSCRIBER, ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN),
        Arguments.of(
            AIR,
            FailureKind.RESYNC_REFUSED,
            ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE),
        Arguments.of(AIR, FailureKind.BAD_REQUEST, ResultCodes.DIAMETER_INVALID_AVP_VALUE),
        Arguments.of(
            AIR, FailureKind.TIMED_OUT, ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE),
        Arguments.of(
            AIR,
            FailureKind.STORAGE_UNAVAILABLE,
            ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE),
        Arguments.of(AIR, FailureKind.KEYS_UNUSABLE, ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(AIR, FailureKind.INTERNAL, ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(
            S6aCommands.UPDATE_LOCATION,
            FailureKind.UNKNOWN_SUBSCRIBER,
            ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN),
        Arguments.of(
            S6aCommands.UPDATE_LOCATION, FailureKind.TIMED_OUT, ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(
            S6aCommands.UPDATE_LOCATION,
            FailureKind.STORAGE_UNAVAILABLE,
            ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(
            S6aCommands.PURGE_UE, FailureKind.STORAGE_UNAVAILABLE, ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(S6aCommands.NOTIFY, FailureKind.TIMED_OUT, ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(
            S6aCommands.NOTIFY, FailureKind.INTERNAL, ResultCodes.DIAMETER_UNABLE_TO_COMPLY));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("rows")
  void failureKind_becomesTheDocumentedAnswer(
      CommandDef command, FailureKind kind, ResultCode expected) {
    assertThat(S6aOutcomes.answer(command.code(), kind)).isEqualTo(expected);
  }

  @Test
  void everyTransientKind_getsATransientCode_soTheMmeMayTryAnotherHss() {
    Set<FailureKind> transientKinds = EnumSet.noneOf(FailureKind.class);
    for (FailureKind kind : FailureKind.values()) {
      if (kind.isTransient()) {
        transientKinds.add(kind);
        for (CommandDef command :
            new CommandDef[] {
              AIR, S6aCommands.UPDATE_LOCATION, S6aCommands.PURGE_UE, S6aCommands.NOTIFY
            }) {
          long code = S6aOutcomes.answer(command.code(), kind).code();
          // RFC 6733 §7.1.3 protocol errors (3004: try an alternate peer) and §7.1.4 transient
          // failures
          assertThat(code / 1000).as("%s on %s", kind, command).isIn(3L, 4L);
        }
      }
    }
    assertThat(transientKinds)
        .containsExactlyInAnyOrder(FailureKind.TIMED_OUT, FailureKind.STORAGE_UNAVAILABLE);
  }
}
