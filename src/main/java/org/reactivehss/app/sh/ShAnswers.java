package org.reactivehss.app.sh;

import io.vertx.core.eventbus.Message;
import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureAnswer;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.ShUser;

/**
 * The parts every Sh answer shares, and the answer to a failure ({@link ShOutcomes} decides its
 * code).
 */
final class ShAnswers {
  private ShAnswers() {}

  /**
   * TS 29.328 §6.1.1.1 ff.: an identity of no user is 5001 USER_UNKNOWN, identities of two users
   * 5002 IDENTITIES_DONT_MATCH; null when the user was found.
   */
  static ResultCode identityFailure(ShUser.Outcome outcome) {
    return switch (outcome) {
      case UNKNOWN -> ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN;
      case IDENTITIES_DONT_MATCH -> ResultCodes.Sh.DIAMETER_ERROR_IDENTITIES_DONT_MATCH;
      case FOUND -> null;
    };
  }

  /**
   * TS 29.329 §6.1.2 ff.: < Session-Id > { Vendor-Specific-Application-Id } [ Result-Code ] [
   * Experimental-Result ] { Auth-Session-State } { Origin-Host } { Origin-Realm } ({@link
   * ApplicationHead}).
   */
  static MessageBuilder answer(DiameterMessage request, ShContext sh, ResultCode result) {
    return ApplicationHead.answer(request, result, sh.originHost(), sh.realm());
  }

  /** A success carrying Sh-User-Data (TS 29.329 §6.3.3: the XML of TS 29.328 Annex D). */
  static MessageBuilder withUserData(DiameterMessage request, ShContext sh, String shData) {
    return answer(request, sh, ResultCodes.DIAMETER_SUCCESS)
        .add(ShAvps.SH_USER_DATA, shData.getBytes(StandardCharsets.UTF_8));
  }

  static void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  static void replyResult(Message<DiameterMessage> message, ShContext sh, ResultCode result) {
    reply(message, answer(message.body(), sh, result));
  }

  /** RFC 6733 §7.1.5 5004 with the offending AVP in Failed-AVP (§7.5). */
  static void replyInvalid(Message<DiameterMessage> message, ShContext sh, Avp offending) {
    reply(
        message,
        answer(message.body(), sh, ResultCodes.DIAMETER_INVALID_AVP_VALUE)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addCopy(offending)));
  }

  /** RFC 6733 §7.1.5 5005 for a rule no grammar states, with an example in Failed-AVP (§7.5). */
  static void replyMissing(Message<DiameterMessage> message, ShContext sh, AvpDef missing) {
    byte[] example = DecodeProblem.missing(missing, null).failedAvp();
    reply(
        message,
        answer(message.body(), sh, ResultCodes.DIAMETER_MISSING_AVP)
            .addGroup(BaseAvps.FAILED_AVP, g -> g.addRaw(example)));
  }

  /** A request that failed inside the HSS: the peer reads the kind; the detail stays in the log. */
  static void replyFailure(Message<DiameterMessage> message, ShContext sh, Throwable cause) {
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message, ShOutcomes.answer(failure.kind()), failure, sh.originHost(), sh.realm());
  }
}
