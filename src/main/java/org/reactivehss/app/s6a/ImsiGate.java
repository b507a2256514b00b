package org.reactivehss.app.s6a;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.identity.Identities;

/**
 * In front of every S6a handler: a User-Name that is not an IMSI in its stored form (TS 29.272 §7.3.1
 * via TS 23.003 §2.2) names no subscriber, so the request is answered Experimental-Result 5001
 * DIAMETER_ERROR_USER_UNKNOWN at once. Such a value never reaches the database, where some of them (a
 * NUL) are refused as an error and would have become 5012.
 */
final class ImsiGate implements Handler<Message<DiameterMessage>> {
  private final S6aAnswers answers;
  private final Handler<Message<DiameterMessage>> next;

  ImsiGate(S6aAnswers answers, Handler<Message<DiameterMessage>> next) {
    this.answers = answers;
    this.next = next;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    Avp userName = message.body().first(Avps.USER_NAME);
    if (userName != null && !Identities.isImsi(userName.asUtf8())) {
      answers.reply(message, ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN);
      return;
    }
    next.handle(message);
  }
}
