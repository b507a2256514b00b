package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aCommands;

/**
 * The outcome an answer carries for the peer layer's metrics is the one its bytes say, whether the
 * builder recorded it (handlers) or it is read back from the bytes (answers built any other way).
 */
class DiameterAnswerTest {
  private static final DiameterMessage AIR =
      DiameterMessage.parse(
              MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
                  .hopByHop(7)
                  .endToEnd(7)
                  .add(BaseAvps.SESSION_ID, "mme;1")
                  .add(BaseAvps.ORIGIN_HOST, "mme")
                  .add(BaseAvps.ORIGIN_REALM, "localdomain")
                  .add(BaseAvps.USER_NAME, "001010000000001")
                  .build())
          .message();

  static Stream<ResultCode> outcomes() {
    return Stream.of(
        ResultCodes.DIAMETER_SUCCESS,
        ResultCodes.DIAMETER_TOO_BUSY,
        ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN,
        ResultCodes.Cx.DIAMETER_SUBSEQUENT_REGISTRATION);
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void aBuiltAnswer_carriesTheOutcomeItsBytesSay(ResultCode result) {
    DiameterAnswer answer =
        DiameterAnswer.of(
            MessageBuilder.answer(AIR)
                .addResult(result)
                .add(BaseAvps.ORIGIN_HOST, "hss")
                .add(BaseAvps.ORIGIN_REALM, "localdomain"));
    DiameterMessage sent = DiameterMessage.parse(answer.bytes()).message();

    assertThat(answer.resultCode()).isEqualTo(result.code()).isEqualTo(sent.resultCode());
    assertThat(answer.experimentalResult())
        .isEqualTo(result.isExperimental())
        .isEqualTo(sent.isExperimentalResult());
    assertThat(answer.withOutcome()).isSameAs(answer);
  }

  @ParameterizedTest
  @MethodSource("outcomes")
  void anAnswerOfBytesOnly_hasItsOutcomeReadBack(ResultCode result) {
    byte[] bytes = MessageBuilder.answer(AIR).addResult(result).build();
    DiameterAnswer answer = new DiameterAnswer(bytes).withOutcome();

    assertThat(answer.resultCode()).isEqualTo(result.code());
    assertThat(answer.experimentalResult()).isEqualTo(result.isExperimental());
  }

  @Test
  void anErrorAnswer_recordsItsResultCode() {
    DiameterAnswer answer =
        DiameterAnswer.of(
            ErrorAnswers.builder(
                AIR,
                DecodeProblem.of(ResultCodes.DIAMETER_INVALID_AVP_VALUE, null, "bad"),
                "hss",
                "localdomain"));

    assertThat(answer.resultCode())
        .isEqualTo(5004)
        .isEqualTo(DiameterMessage.parse(answer.bytes()).message().resultCode());
    assertThat(answer.experimentalResult()).isFalse();
  }

  @Test
  void anAnswerWithoutAnOutcome_staysUnknown() {
    DiameterAnswer answer = new DiameterAnswer(MessageBuilder.answer(AIR).build()).withOutcome();

    assertThat(answer.resultCode()).isEqualTo(-1);
  }
}
