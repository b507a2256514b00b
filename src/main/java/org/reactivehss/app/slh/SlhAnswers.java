package org.reactivehss.app.slh;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureAnswer;
import org.reactivehss.failure.HssFailure;

/**
 * The answers of the SLh handler. TS 29.173 §6.2.4: {@code < Session-Id > [
 * Vendor-Specific-Application-Id ] [ Result-Code ] [ Experimental-Result ] { Auth-Session-State } {
 * Origin-Host } { Origin-Realm } ...}, built by {@link ApplicationHead}; the caller adds the RIA's
 * own AVPs after it.
 */
final class SlhAnswers {
  private final String originHost;
  private final String originRealm;

  SlhAnswers(String originHost, String originRealm) {
    this.originHost = originHost;
    this.originRealm = originRealm;
  }

  /** The fixed head of an answer with its outcome (Experimental-Result for 3GPP codes). */
  MessageBuilder answer(DiameterMessage request, ResultCode result) {
    return ApplicationHead.answer(request, result, originHost, originRealm);
  }

  void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  /** RFC 6733 §7.5: a problem the handler found, with Failed-AVP and Error-Message. */
  void reply(Message<DiameterMessage> message, DecodeProblem problem) {
    reply(message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /**
   * A request that failed inside the HSS: the answer {@link SlhOutcomes} gives its kind. The peer
   * reads the kind in words; the detail stays in the log ({@link FailureAnswer}).
   */
  void replyFailure(Message<DiameterMessage> message, Throwable cause) {
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message, SlhOutcomes.answer(failure.kind()), failure, originHost, originRealm);
  }
}
