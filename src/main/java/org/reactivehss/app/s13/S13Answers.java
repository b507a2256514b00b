package org.reactivehss.app.s13;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureAnswer;
import org.reactivehss.failure.HssFailure;

/**
 * The ECA in its forms (TS 29.272 §7.2.20): {@code < Session-Id > [ Vendor-Specific-Application-Id
 * ] [ Result-Code ] [ Experimental-Result ] { Auth-Session-State } { Origin-Host } { Origin-Realm }
 * [ Equipment-Status ]}, the head built by {@link ApplicationHead}.
 */
final class S13Answers {
  private final String originHost;
  private final String originRealm;

  S13Answers(String originHost, String originRealm) {
    this.originHost = originHost;
    this.originRealm = originRealm;
  }

  /** The head of an answer with its outcome; the caller adds Equipment-Status on success. */
  MessageBuilder answer(DiameterMessage request, ResultCode result) {
    return ApplicationHead.answer(request, result, originHost, originRealm);
  }

  void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  /** RFC 6733 §7.5: a base failure naming the offending AVP in Failed-AVP. */
  void replyInvalid(Message<DiameterMessage> message, ResultCode code, Avp offending, String why) {
    reply(message, DecodeProblem.of(code, offending.rawBytes(), why));
  }

  void reply(Message<DiameterMessage> message, DecodeProblem problem) {
    DiameterAnswer.reply(
        message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /** A request that failed inside the HSS, answered from {@link S13Outcomes}. */
  void replyFailure(Message<DiameterMessage> message, Throwable cause) {
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message, S13Outcomes.answer(failure.kind()), failure, originHost, originRealm);
  }
}
