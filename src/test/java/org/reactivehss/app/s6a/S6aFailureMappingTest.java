package org.reactivehss.app.s6a;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.auth.AuthFailure;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.StoreException;
import org.reactivehss.store.StoreFailure;

/**
 * Failures that reach an S6a handler become the answer docs/sqn.md and docs/s6a.md ask for: bus and
 * storage timeouts 3004, storage failures and missing handlers 5012, failed resync 4181, unknown user
 * Experimental-Result 5001.
 */
class S6aFailureMappingTest {

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(new ReplyException(ReplyFailure.TIMEOUT, "bus timeout"), ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(new ReplyException(ReplyFailure.NO_HANDLERS, "no auth"), ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(auth(AuthFailure.UNKNOWN_SUBSCRIBER), ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN),
        Arguments.of(auth(AuthFailure.RESYNC_MAC_FAILURE), ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE),
        Arguments.of(auth(AuthFailure.STORE_TIMEOUT), ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(auth(AuthFailure.STORE_UNAVAILABLE), ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(auth(AuthFailure.BAD_REQUEST), ResultCodes.DIAMETER_INVALID_AVP_VALUE),
        Arguments.of(new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 99, "unknown code"),
            ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(new StoreException(StoreFailure.TIMEOUT, "slow"), ResultCodes.DIAMETER_TOO_BUSY),
        Arguments.of(new StoreException(StoreFailure.UNAVAILABLE, "down"), ResultCodes.DIAMETER_UNABLE_TO_COMPLY),
        Arguments.of(new StoreException(StoreFailure.UNKNOWN_SUBSCRIBER, "none"),
            ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN),
        Arguments.of(new IllegalStateException("bug"), ResultCodes.DIAMETER_UNABLE_TO_COMPLY));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("failures")
  void failure_becomesTheDocumentedAnswer(Throwable failure, ResultCode expected) {
    assertThat(S6aAnswers.classify(failure)).isEqualTo(expected);
  }

  private static ReplyException auth(AuthFailure failure) {
    return new ReplyException(ReplyFailure.RECIPIENT_FAILURE, failure.code(), failure.name());
  }
}
