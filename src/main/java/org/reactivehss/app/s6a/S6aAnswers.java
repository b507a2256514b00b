package org.reactivehss.app.s6a;

import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterAnswer;
import org.reactivehss.diameter.peer.FailureLog;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.metrics.HssMetrics;

/**
 * The answers every S6a handler sends. TS 29.272 §7.2: each answer is
 * {@code < Session-Id > [ Vendor-Specific-Application-Id ] [ Result-Code ] [ Experimental-Result ]
 * { Auth-Session-State } { Origin-Host } { Origin-Realm } ...}; we always send the
 * Vendor-Specific-Application-Id {Vendor-Id 10415, Auth-Application-Id 16777251} and
 * Auth-Session-State NO_STATE_MAINTAINED (1).
 */
final class S6aAnswers {
  static final int NO_STATE_MAINTAINED = 1;

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
    MessageBuilder b = MessageBuilder.answer(request);
    Avp sessionId = request.first(Avps.SESSION_ID);
    if (sessionId != null) {
      b.addCopy(sessionId);
    }
    return b.addGroup(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g
            .add(Avps.VENDOR_ID, Applications.VENDOR_3GPP)
            .add(Avps.AUTH_APPLICATION_ID, Applications.S6A))
        .addResult(result)
        .add(Avps.AUTH_SESSION_STATE, NO_STATE_MAINTAINED)
        .add(Avps.ORIGIN_HOST, originHost)
        .add(Avps.ORIGIN_REALM, originRealm);
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

  /**
   * A request that failed inside the HSS: the answer {@link S6aOutcomes} gives its kind. The peer reads
   * the kind in words; the failure's detail stays in the log ({@link FailureLog}).
   */
  void replyFailure(Message<DiameterMessage> message, Throwable cause) {
    // only AIR asks another verticle over the bus (auth); ULR, PUR and NOR reach storage directly
    metrics.busTimeoutIf(BusTarget.AUTH, cause);
    HssFailure failure = HssFailure.from(cause);
    ResultCode code = S6aOutcomes.answer(message.body().commandCode(), failure.kind());
    FailureLog.answered(message.body(), code, failure);
    if (code.isExperimental()) {
      reply(message, code);
    } else if (code.isProtocolError()) {
      reply(message, ErrorAnswers.protocolError(message.body(), code, failure.kind().publicText(),
          originHost, originRealm));
    } else {
      reply(message, answer(message.body(), code).add(Avps.ERROR_MESSAGE, failure.kind().publicText()));
    }
  }
}
