package org.reactivehss.app.s6a;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.store.S6aStore;

/**
 * Notify (TS 29.272 §5.2.5.1, NOR/NOA §7.2.19/§7.2.20). What we keep: Terminal-Information (IMEI,
 * Software-Version), stored for the subscriber. NOR-Flags (§7.3.49) are accepted and not stored:
 * their bits concern SMS readiness, UE reachability and IMS voice support, none of which this HSS
 * serves yet. Unknown IMSI → Experimental-Result 5001; a NOR from a node that is neither the
 * registered MME nor the registered SGSN → 5423 DIAMETER_ERROR_UNKNOWN_SERVING_NODE (§5.2.5.1.3),
 * and nothing is stored.
 */
final class NorHandler implements Handler<Message<DiameterMessage>> {
  private final S6aStore store;
  private final S6aAnswers answers;

  NorHandler(S6aStore store, S6aAnswers answers) {
    this.store = store;
    this.answers = answers;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage nor = message.body();
    TerminalInformation terminal = TerminalInformation.of(nor);
    store
        .notify(
            nor.first(BaseAvps.USER_NAME).asUtf8(),
            nor.originHost(),
            terminal.imei(),
            terminal.softwareVersion(),
            DiameterBus.deadline(nor))
        .onSuccess(
            servingMme -> {
              if (servingMme == null) {
                answers.reply(message, ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN);
              } else if (!servingMme) {
                answers.reply(message, ResultCodes.S6a.DIAMETER_ERROR_UNKNOWN_SERVING_NODE);
              } else {
                answers.reply(message, ResultCodes.DIAMETER_SUCCESS);
              }
            })
        .onFailure(failure -> answers.replyFailure(message, failure));
  }
}
