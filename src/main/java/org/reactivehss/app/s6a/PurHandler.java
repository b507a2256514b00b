package org.reactivehss.app.s6a;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.store.S6aStore;

/**
 * Purge-UE (TS 29.272 §5.2.1.3, PUR/PUA §7.2.13/§7.2.14). Unknown IMSI → Experimental-Result 5001.
 * Otherwise success. The registration the purging node (Origin-Host) holds is the one purged: the
 * registered MME sets "UE purged in MME" and gets PUA-Flags "freeze M-TMSI" (bit 0, §7.3.48), the
 * registered SGSN sets "UE purged in SGSN" and gets "freeze P-TMSI" (bit 1); neither touches the
 * other's registration. A purge from any other node changes nothing and answers PUA-Flags 0.
 */
final class PurHandler implements Handler<Message<DiameterMessage>> {
  static final long FREEZE_M_TMSI = 1;
  static final long FREEZE_P_TMSI = 1 << 1;

  private final S6aStore store;
  private final S6aAnswers answers;

  PurHandler(S6aStore store, S6aAnswers answers) {
    this.store = store;
    this.answers = answers;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage pur = message.body();
    store
        .purge(pur.first(BaseAvps.USER_NAME).asUtf8(), pur.originHost(), DiameterBus.deadline(pur))
        .onSuccess(
            purged -> {
              if (purged == null) {
                answers.reply(message, ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN);
              } else {
                answers.reply(
                    message,
                    answers
                        .answer(pur, ResultCodes.DIAMETER_SUCCESS)
                        .add(S6aAvps.PUA_FLAGS, puaFlags(purged)));
              }
            })
        .onFailure(failure -> answers.replyFailure(message, failure));
  }

  static long puaFlags(S6aStore.Purged purged) {
    return (purged.mme() ? FREEZE_M_TMSI : 0) | (purged.sgsn() ? FREEZE_P_TMSI : 0);
  }
}
