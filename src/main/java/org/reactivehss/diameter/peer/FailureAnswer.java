package org.reactivehss.diameter.peer;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.failure.HssFailure;

/**
 * The answer to a request that failed inside the HSS, once its application's outcome table has
 * chosen the code (docs/architecture.md "Failures"): an Experimental-Result in the command's own
 * answer; a protocol error (3xxx) with the E bit (RFC 6733 §7.1.3); any other base code in the
 * command's own answer with Error-Message. The peer reads the failure's kind in words; its detail
 * goes to the log ({@link FailureLog}). One shape for every application.
 */
public final class FailureAnswer {
  private FailureAnswer() {}

  public static void reply(
      Message<DiameterMessage> message,
      ResultCode code,
      HssFailure failure,
      String originHost,
      String originRealm) {
    DiameterMessage request = message.body();
    FailureLog.answered(request, code, failure);
    String text = failure.kind().publicText();
    if (code.isExperimental()) {
      DiameterAnswer.reply(message, ApplicationHead.answer(request, code, originHost, originRealm));
    } else if (code.isProtocolError()) {
      DiameterAnswer.reply(
          message, ErrorAnswers.protocolError(request, code, text, originHost, originRealm));
    } else {
      DiameterAnswer.reply(
          message,
          ApplicationHead.answer(request, code, originHost, originRealm)
              .add(BaseAvps.ERROR_MESSAGE, text));
    }
  }
}
