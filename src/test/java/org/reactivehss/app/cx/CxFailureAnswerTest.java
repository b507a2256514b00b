package org.reactivehss.app.cx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxCommands;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.HssMetrics;

/**
 * A Cx handler answers its own failures: the code of CxOutcomes, the failure kind in words, and
 * nothing of the detail (before, a database error put "SQLSTATE ..." into the Error-Message).
 */
class CxFailureAnswerTest {
  private static final String ADDRESS = "test.cx.failure";
  private Vertx vertx;
  private CxContext cx;

  @BeforeEach
  void start() throws Exception {
    vertx = Vertx.vertx();
    DiameterBus.registerCodecs(vertx);
    cx =
        new CxContext(
            vertx,
            "hss.localdomain",
            "localdomain",
            CxOptions.defaults(),
            null,
            "",
            HssMetrics.NONE);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(10, SECONDS);
  }

  private DiameterMessage answerTo(HssFailure failure) throws Exception {
    vertx
        .eventBus()
        .<DiameterMessage>localConsumer(ADDRESS, m -> CxAnswers.replyFailure(m, cx, failure));
    byte[] uar =
        MessageBuilder.request(CxCommands.USER_AUTHORIZATION)
            .hopByHop(7)
            .endToEnd(7)
            .add(BaseAvps.SESSION_ID, "icscf.localdomain;1;7")
            .add(BaseAvps.ORIGIN_HOST, "icscf.localdomain")
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.USER_NAME, "001010000000001@ims.localdomain")
            .build();
    DiameterAnswer answer =
        vertx
            .eventBus()
            .<DiameterAnswer>request(ADDRESS, DiameterMessage.parse(uar).message())
            .await(10, SECONDS)
            .body();
    return DiameterMessage.parse(answer.bytes()).message();
  }

  @Test
  void storageRefusal_is3004WithTheEBit_andNoInternalText() throws Exception {
    // GIVEN storage failed with a detail naming an SQL state and a host
    DiameterMessage answer =
        answerTo(
            HssFailure.of(
                FailureKind.STORAGE_UNAVAILABLE,
                "database refused: SQLSTATE 42P01 on pg-1.internal"));

    // THEN RFC 6733 §7.1.3 3004 with the E bit, and the peer reads only the kind
    assertThat(answer.resultCode()).isEqualTo(3004);
    assertThat(answer.isError()).isTrue();
    assertThat(answer.first(BaseAvps.ERROR_MESSAGE).asUtf8()).isEqualTo("storage unavailable");
    assertThat(answer.first(BaseAvps.SESSION_ID).asUtf8()).isNotEmpty();
  }

  @Test
  void unusableKeys_is5012InTheCommandsOwnAnswer_withoutTheDetail() throws Exception {
    DiameterMessage answer =
        answerTo(
            HssFailure.of(
                FailureKind.KEYS_UNUSABLE,
                "stored key of subscriber 001010000000001 uses unknown key id 7"));

    assertThat(answer.resultCode()).isEqualTo(5012);
    assertThat(answer.isError()).isFalse();
    assertThat(answer.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
    assertThat(answer.first(BaseAvps.ERROR_MESSAGE).asUtf8())
        .isEqualTo("subscriber key material unusable");
  }
}
