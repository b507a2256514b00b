package org.reactivehss.app.s6a;

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
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.metrics.HssMetrics;

/**
 * The answers every S6a handler sends. TS 29.272 §7.2: each answer is {@code < Session-Id > [
 * Vendor-Specific-Application-Id ] [ Result-Code ] [ Experimental-Result ] { Auth-Session-State } {
 * Origin-Host } { Origin-Realm } ...}, built by {@link ApplicationHead} from what the dictionary
 * knows of S6a.
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
    DecodeProblem problem =
        DecodeProblem.of(code, offending == null ? null : offending.rawBytes(), why);
    DiameterAnswer.reply(
        message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /** RFC 6733 §7.5: a problem found by a handler, as the codec answers one the validator found. */
  void reply(Message<DiameterMessage> message, DecodeProblem problem) {
    DiameterAnswer.reply(
        message, ErrorAnswers.builder(message.body(), problem, originHost, originRealm));
  }

  /**
   * A request that failed inside the HSS: the answer {@link S6aOutcomes} gives its kind. The peer
   * reads the kind in words; the failure's detail stays in the log ({@link FailureAnswer}).
   */
  void replyFailure(Message<DiameterMessage> message, Throwable cause) {
    // only AIR asks another verticle over the bus (auth); ULR, PUR and NOR reach storage directly
    metrics.busTimeoutIf(BusTarget.AUTH, cause);
    HssFailure failure = HssFailure.from(cause);
    FailureAnswer.reply(
        message,
        S6aOutcomes.answer(message.body().commandCode(), failure.kind()),
        failure,
        originHost,
        originRealm);
  }
}
