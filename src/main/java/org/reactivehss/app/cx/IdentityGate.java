package org.reactivehss.app.cx;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.identity.Identities;

/**
 * In front of every Cx handler: a User-Name that is no IMPI (TS 23.003 §13.3) or a Public-Identity
 * that is no IMPU (§13.4), in the forms the provisioning API stores, names no user, so the request is
 * answered Experimental-Result 5001 DIAMETER_ERROR_USER_UNKNOWN at once (TS 29.228 §6.1.1.1, §6.1.2.1,
 * §6.1.4.1, §6.3.1 all begin with "unknown identity: 5001"). Such a value never reaches the database,
 * where some of them (a NUL) are refused as an error and would have become 5012.
 */
final class IdentityGate implements Handler<Message<DiameterMessage>> {
  private final CxContext cx;
  private final Handler<Message<DiameterMessage>> next;

  IdentityGate(CxContext cx, Handler<Message<DiameterMessage>> next) {
    this.cx = cx;
    this.next = next;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    Avp userName = request.first(Avps.USER_NAME);
    boolean unknown = userName != null && !Identities.isImpi(userName.asUtf8());
    for (Avp impu : request.all(Avps.PUBLIC_IDENTITY)) {
      unknown |= !Identities.isImpu(impu.asUtf8());
    }
    if (unknown) {
      CxAnswers.replyResult(message, cx, ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN);
      return;
    }
    next.handle(message);
  }
}
