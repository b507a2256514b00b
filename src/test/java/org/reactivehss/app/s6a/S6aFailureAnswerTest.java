package org.reactivehss.app.s6a;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;

/**
 * An S6a handler answers its own failures with the code of S6aOutcomes, built as that command's
 * answer; a database outage on AIR is the transient Experimental-Result 4181, not 5012.
 */
class S6aFailureAnswerTest {
  private static final String ADDRESS = "test.s6a.failure";
  private Vertx vertx;
  private final S6aAnswers answers =
      new S6aAnswers("hss.localdomain", "localdomain", HssMetrics.NONE);

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    DiameterBus.registerCodecs(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  private DiameterMessage answerTo(CommandDef command, HssFailure failure) throws Exception {
    vertx.eventBus().<DiameterMessage>localConsumer(ADDRESS, m -> answers.replyFailure(m, failure));
    byte[] request =
        MessageBuilder.request(command)
            .hopByHop(3)
            .endToEnd(3)
            .add(BaseAvps.SESSION_ID, "mme.localdomain;1;3")
            .add(BaseAvps.ORIGIN_HOST, "mme.localdomain")
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.USER_NAME, "001010000000001")
            .build();
    DiameterAnswer answer =
        vertx
            .eventBus()
            .<DiameterAnswer>request(ADDRESS, DiameterMessage.parse(request).message())
            .await(10, SECONDS)
            .body();
    return DiameterMessage.parse(answer.bytes()).message();
  }

  @Test
  void databaseDownOnAir_isExperimental4181_withNothingInternal() throws Exception {
    DiameterMessage aia =
        answerTo(
            S6aCommands.AUTHENTICATION_INFORMATION,
            HssFailure.of(
                FailureKind.STORAGE_UNAVAILABLE,
                "database unavailable: ClosedConnectionException"));

    // TS 29.272 §7.4.4.1: transient, so the MME may retry (at another HSS)
    assertThat(aia.isExperimentalResult()).isTrue();
    assertThat(aia.resultCode()).isEqualTo(4181);
    assertThat(aia.isError()).isFalse();
    assertThat(aia.first(BaseAvps.ERROR_MESSAGE)).isNull();
  }

  @Test
  void databaseDownOnUlr_is3004WithTheEBit() throws Exception {
    DiameterMessage ula =
        answerTo(
            S6aCommands.UPDATE_LOCATION,
            HssFailure.of(FailureKind.TIMED_OUT, "database statement timed out"));

    assertThat(ula.resultCode()).isEqualTo(3004);
    assertThat(ula.isError()).isTrue();
    assertThat(ula.first(BaseAvps.ERROR_MESSAGE).asUtf8())
        .isEqualTo("request timed out inside the HSS");
  }

  @Test
  void anUnexpectedException_is5012_andItsTextStaysInside() throws Exception {
    DiameterMessage aia =
        answerTo(
            S6aCommands.AUTHENTICATION_INFORMATION,
            HssFailure.from(new IllegalStateException("index 7 out of bounds in VectorFactory")));

    assertThat(aia.resultCode()).isEqualTo(5012);
    assertThat(aia.first(BaseAvps.ERROR_MESSAGE).asUtf8()).isEqualTo("internal error");
  }
}
