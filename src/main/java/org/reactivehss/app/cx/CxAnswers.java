package org.reactivehss.app.cx;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureAnswer;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.ImsLookup;

/**
 * The parts every Cx answer shares, and the answer to a failure ({@link CxOutcomes} decides its
 * code).
 */
final class CxAnswers {
  private CxAnswers() {}

  /**
   * The answer to identities that cannot be served (TS 29.228 §6.1.1.1, §6.1.2.1, §6.3.1): unknown
   * IMPI or IMPU is 5001 USER_UNKNOWN, an IMPU of another IMPI is 5002 IDENTITIES_DONT_MATCH; null
   * when both were found together. A subscriber outside the asking peer's IMSI range is unknown to
   * it ({@link GrantedLookups}).
   */
  static ResultCode identityFailure(ImsLookup.Outcome outcome) {
    return switch (outcome) {
      case UNKNOWN, OUTSIDE_RANGE -> ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN;
      case IDENTITIES_DONT_MATCH -> ResultCodes.Cx.DIAMETER_ERROR_IDENTITIES_DONT_MATCH;
      case FOUND -> null;
    };
  }

  /**
   * The answer's fixed head with its outcome, TS 29.229 §6.1.2 ff.: < Session-Id > {
   * Vendor-Specific-Application-Id } [ Result-Code ] [ Experimental-Result ] { Auth-Session-State }
   * { Origin-Host } { Origin-Realm } ({@link ApplicationHead}).
   */
  static MessageBuilder answer(DiameterMessage request, CxContext cx, ResultCode result) {
    return ApplicationHead.answer(request, result, cx.originHost(), cx.realm());
  }

  /**
   * Server-Capabilities from configuration (TS 29.229 §6.3.5): for the I-CSCF's S-CSCF selection.
   */
  static MessageBuilder serverCapabilities(MessageBuilder b, CxOptions options) {
    return b.addGroup(
        CxAvps.SERVER_CAPABILITIES,
        g -> {
          options
              .mandatoryCapabilities()
              .forEach(c -> g.add(CxAvps.MANDATORY_CAPABILITY, (long) c));
          options.optionalCapabilities().forEach(c -> g.add(CxAvps.OPTIONAL_CAPABILITY, (long) c));
          options.serverNames().forEach(name -> g.add(CxAvps.SERVER_NAME, name));
        });
  }

  static void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  /** An answer carrying only the outcome, e.g. Experimental-Result 5001. */
  static void replyResult(Message<DiameterMessage> message, CxContext cx, ResultCode result) {
    reply(message, answer(message.body(), cx, result));
  }

  /**
   * RFC 6733 §7.1.5 5004 DIAMETER_INVALID_AVP_VALUE with the offending AVP in Failed-AVP (§7.5).
   */
  static void replyInvalid(Message<DiameterMessage> message, CxContext cx, Avp offending) {
    reply(
        message,
        answer(message.body(), cx, ResultCodes.DIAMETER_INVALID_AVP_VALUE)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addCopy(offending)));
  }

  /**
   * RFC 6733 §7.1.5 5005 DIAMETER_MISSING_AVP for a rule no grammar states ("one of these"), with
   * an example of {@code missing} in Failed-AVP (§7.5).
   */
  static void replyMissing(Message<DiameterMessage> message, CxContext cx, AvpDef missing) {
    byte[] example = DecodeProblem.missing(missing, null).failedAvp();
    reply(
        message,
        answer(message.body(), cx, ResultCodes.DIAMETER_MISSING_AVP)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addRaw(example)));
  }

  /**
   * A request that failed inside the HSS: the answer {@link CxOutcomes} gives its kind, built here
   * like every other Cx answer. The peer reads the kind in words; the failure's detail stays in the
   * log.
   */
  static void replyFailure(Message<DiameterMessage> message, CxContext cx, Throwable cause) {
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message, CxOutcomes.answer(failure.kind()), failure, cx.originHost(), cx.realm());
  }
}
