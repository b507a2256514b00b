package org.reactivehss.app.swx;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureAnswer;
import org.reactivehss.failure.HssFailure;

/**
 * The parts every SWx answer shares, and the answer to a failure ({@link SwxOutcomes} decides its
 * code).
 */
final class SwxAnswers {
  private SwxAnswers() {}

  /**
   * The answer's head with its outcome, TS 29.273 §8.2.2.2 ff.: < Session-Id > {
   * Vendor-Specific-Application-Id } [ Result-Code ] [ Experimental-Result ] { Auth-Session-State }
   * { Origin-Host } { Origin-Realm } { User-Name } ({@link ApplicationHead}).
   */
  static MessageBuilder answer(DiameterMessage request, SwxContext swx, ResultCode result) {
    MessageBuilder b = ApplicationHead.answer(request, result, swx.originHost(), swx.realm());
    Avp userName = request.first(BaseAvps.USER_NAME);
    return userName == null ? b : b.addCopy(userName);
  }

  static void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  static void replyResult(Message<DiameterMessage> message, SwxContext swx, ResultCode result) {
    reply(message, answer(message.body(), swx, result));
  }

  /**
   * RFC 6733 §7.1.5 5004 DIAMETER_INVALID_AVP_VALUE with the offending AVP in Failed-AVP (§7.5).
   */
  static void replyInvalid(Message<DiameterMessage> message, SwxContext swx, Avp offending) {
    reply(
        message,
        answer(message.body(), swx, ResultCodes.DIAMETER_INVALID_AVP_VALUE)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addCopy(offending)));
  }

  /**
   * RFC 6733 §7.1.5 5005 DIAMETER_MISSING_AVP for an AVP a condition requires (ANID with EAP-AKA'),
   * with an example of {@code missing} in Failed-AVP (§7.5).
   */
  static void replyMissing(Message<DiameterMessage> message, SwxContext swx, AvpDef missing) {
    byte[] example = DecodeProblem.missing(missing, null).failedAvp();
    reply(
        message,
        answer(message.body(), swx, ResultCodes.DIAMETER_MISSING_AVP)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addRaw(example)));
  }

  /** A request that failed inside the HSS: the answer {@link SwxOutcomes} gives its kind. */
  static void replyFailure(Message<DiameterMessage> message, SwxContext swx, Throwable cause) {
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message, SwxOutcomes.answer(failure.kind()), failure, swx.originHost(), swx.realm());
  }
}
