package org.reactivehss.app.swx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.failure.FailureKind;

/**
 * The SWx outcome table, one row per failure kind, as docs/architecture.md "Failures" states it.
 */
class SwxOutcomesTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(FailureKind.UNKNOWN_SUBSCRIBER, ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN),
        Arguments.of(FailureKind.RESYNC_REFUSED, ResultCodes.DIAMETER_AUTHENTICATION_REJECTED),
        Arguments.of(FailureKind.BAD_REQUEST, ResultCodes.DIAMETER_INVALID_AVP_VALUE),
        Arguments.of(FailureKind.TIMED_OUT, ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(FailureKind.STORAGE_UNAVAILABLE, ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(FailureKind.KEYS_UNUSABLE, ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(FailureKind.INTERNAL, ResultCodes.DIAMETER_UNABLE_TO_COMPLY));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rows")
  void failureKind_becomesTheDocumentedAnswer(FailureKind kind, ResultCode expected) {
    assertThat(SwxOutcomes.answer(kind)).isEqualTo(expected);
  }
}
