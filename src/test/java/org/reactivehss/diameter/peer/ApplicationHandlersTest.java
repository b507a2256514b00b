package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aCommands;

/** An application's request check runs in front of every one of its handlers, in one place. */
class ApplicationHandlersTest {
  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    DiameterBus.registerCodecs(vertx);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void refusedRequest_isAnsweredWithTheApplicationHeadAndTheRefusal_andNoHandlerRuns()
      throws Exception {
    // GIVEN AIR and PUR handlers behind a check that refuses User-Name "refused"
    AtomicInteger handled = new AtomicInteger();
    ApplicationHandlers.checkedBy(
            vertx,
            request ->
                "refused".equals(request.first(BaseAvps.USER_NAME).asUtf8())
                    ? ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN
                    : null,
            "hss.localdomain",
            "localdomain")
        .on(S6aCommands.AUTHENTICATION_INFORMATION, m -> handled.incrementAndGet())
        .on(
            S6aCommands.PURGE_UE,
            m -> {
              handled.incrementAndGet();
              DiameterAnswer.reply(
                  m,
                  ApplicationHead.answer(
                      m.body(), ResultCodes.DIAMETER_SUCCESS, "hss.localdomain", "localdomain"));
            })
        .registered()
        .toCompletionStage()
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);

    // WHEN a refused AIR and an accepted PUR arrive
    DiameterMessage refused = send(S6aCommands.AUTHENTICATION_INFORMATION, "refused");
    DiameterMessage accepted = send(S6aCommands.PURGE_UE, "001010000000001");

    // THEN the AIR gets Experimental-Result 5001 in the S6a head without reaching its handler
    assertThat(refused.isExperimentalResult()).isTrue();
    assertThat(refused.resultCode()).isEqualTo(5001);
    assertThat(refused.first(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)).isNotNull();
    assertThat(refused.first(BaseAvps.AUTH_SESSION_STATE).asEnumerated()).isEqualTo(1);
    assertThat(accepted.resultCode()).isEqualTo(2001);
    assertThat(handled).hasValue(1);
  }

  private DiameterMessage send(CommandDef command, String userName) throws Exception {
    DiameterMessage request =
        DiameterMessage.parse(
                MessageBuilder.request(command)
                    .add(BaseAvps.SESSION_ID, "mme;1;2")
                    .add(BaseAvps.USER_NAME, userName)
                    .build())
            .message();
    DiameterAnswer answer =
        vertx
            .eventBus()
            .<DiameterAnswer>request(
                DiameterBus.address(command.applicationId(), command.code()),
                request,
                new DeliveryOptions())
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS)
            .body();
    return DiameterMessage.parse(answer.bytes()).message();
  }
}
