package org.reactivehss.app.s6a;

import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import org.reactivehss.auth.AuthFailure;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.StoreException;

/**
 * The answers every S6a handler sends. TS 29.272 §7.2: each answer is
 * {@code < Session-Id > [ Vendor-Specific-Application-Id ] [ Result-Code ] [ Experimental-Result ]
 * { Auth-Session-State } { Origin-Host } { Origin-Realm } ...}, built by {@link ApplicationHead} from
 * what the dictionary knows of S6a.
 */
final class S6aAnswers {
  private final String originHost;
  private final String originRealm;
  private final HssMetrics metrics;

  S6aAnswers(String originHost, String originRealm, HssMetrics metrics) {
    this.originHost = originHost;
    this.originRealm = originRealm;
    this.metrics = metrics;
  }

  String originHost() {
    return originHost;
  }

  String originRealm() {
    return originRealm;
  }

  /** The fixed head of an answer with its outcome; the caller adds the command's own AVPs. */
  MessageBuilder answer(DiameterMessage request, ResultCode result) {
    return ApplicationHead.answer(request, result, originHost, originRealm);
  }

  void reply(Message<DiameterMessage> message, MessageBuilder answer) {
    DiameterAnswer.reply(message, answer);
  }

  /** An answer carrying only the outcome (Experimental-Result for 3GPP codes). */
  void reply(Message<DiameterMessage> message, ResultCode result) {
    reply(message, answer(message.body(), result));
  }

  /** RFC 6733 §7.5: a base failure naming the offending AVP in Failed-AVP. */
  void replyInvalid(Message<DiameterMessage> message, ResultCode code, Avp offending, String why) {
    DecodeProblem problem = DecodeProblem.of(code, offending == null ? null : offending.rawBytes(), why);
    DiameterAnswer.reply(message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /** RFC 6733 §7.5: a problem found by a handler, as the codec answers one the validator found. */
  void reply(Message<DiameterMessage> message, DecodeProblem problem) {
    DiameterAnswer.reply(message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /**
   * A failure that is not the subscriber's fault (a timeout or storage failure is an answer, never a hang): timeouts become 3004 TOO_BUSY,
   * storage and everything else 5012 UNABLE_TO_COMPLY. 3004 is a protocol error, so the peer layer
   * builds that answer (E bit, RFC 6733 §7.1.3) from the failure code.
   */
  void replyFailure(Message<DiameterMessage> message, Throwable cause) {
    // only AIR asks another verticle over the bus (auth); ULR, PUR and NOR reach storage directly
    metrics.busTimeoutIf(BusTarget.AUTH, cause);
    ResultCode code = classify(cause);
    if (code.isExperimental()) {
      reply(message, code);
    } else if (code.isProtocolError()) {
      message.fail(code.code(), cause.getMessage() == null ? code.name() : cause.getMessage());
    } else {
      replyInvalid(message, code, null, code.name());
    }
  }

  static ResultCode classify(Throwable cause) {
    if (cause instanceof StoreException store) {
      return switch (store.failure()) {
        case UNKNOWN_SUBSCRIBER -> ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN;
        case TIMEOUT -> ResultCodes.DIAMETER_TOO_BUSY;
        case UNAVAILABLE -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
      };
    }
    if (cause instanceof ReplyException re) {
      return switch (re.failureType()) {
        case TIMEOUT -> ResultCodes.DIAMETER_TOO_BUSY;
        case NO_HANDLERS -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
        default -> AuthFailure.fromCode(re.failureCode()).map(S6aAnswers::forAuth)
            .orElse(ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
      };
    }
    return ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
  }

  /** docs/sqn.md: a failed resync (bad MAC-S) is 4181 DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE. */
  private static ResultCode forAuth(AuthFailure failure) {
    return switch (failure) {
      case UNKNOWN_SUBSCRIBER -> ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN;
      case RESYNC_MAC_FAILURE -> ResultCodes.S6a.DIAMETER_AUTHENTICATION_DATA_UNAVAILABLE;
      case BAD_REQUEST -> ResultCodes.DIAMETER_INVALID_AVP_VALUE;
      case STORE_TIMEOUT -> ResultCodes.DIAMETER_TOO_BUSY;
      case STORE_UNAVAILABLE -> ResultCodes.DIAMETER_UNABLE_TO_COMPLY;
    };
  }
}
