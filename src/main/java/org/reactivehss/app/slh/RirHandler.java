package org.reactivehss.app.slh;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.io.ByteArrayOutputStream;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.SlhAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.ImsiRange;
import org.reactivehss.identity.Msisdn;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.PeerRefusal;
import org.reactivehss.store.LcsRoute;
import org.reactivehss.store.LcsRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LCS-Routing-Info-Request from a GMLC (TS 29.173 §5.2.1, RIR/RIA §6.2.3/§6.2.4): where is this
 * subscriber served. The GMLC check (step 1) and the form of User-Name are {@link SlhGate}'s.
 *
 * <p>Here, in the order of §5.2.1.2: neither User-Name nor MSISDN, 5005 DIAMETER_MISSING_AVP naming
 * User-Name in Failed-AVP (§6.2.3 needs one of them; the grammar cannot say so); an MSISDN that is
 * no TBCD number, 5004 with it in Failed-AVP. Then one read ({@link LcsRouting}): no such
 * subscriber, or one outside the asking peer's {@code imsi-prefixes} (answered exactly alike, as on
 * Cx, and so is anything else about such a subscriber: {@link LcsRoute#seenBy}),
 * Experimental-Result 5001 (step 2); IMSI and MSISDN of different subscribers, 5007
 * DIAMETER_CONTRADICTING_AVPS with both in Failed-AVP (step 2a); an MSISDN provisioned for more
 * than one subscriber, 5012 (the HSS cannot tell which is meant); no serving node,
 * Experimental-Result 4201 DIAMETER_ERROR_ABSENT_USER (step 3). Otherwise 2001 with whichever of
 * User-Name (IMSI) and MSISDN the request did not carry (both when it carried both) and
 * Serving-Node with MME-Name and MME-Realm, and no LCS-Capabilities-Sets: §5.2.1.2 leaves it out
 * for an MME, which the GMLC takes as capability set 5.
 */
final class RirHandler implements Handler<Message<DiameterMessage>> {
  private static final Logger log = LoggerFactory.getLogger(RirHandler.class);

  private final LcsRouting store;
  private final SlhAnswers answers;
  private final HssMetrics metrics;

  RirHandler(LcsRouting store, SlhAnswers answers, HssMetrics metrics) {
    this.store = store;
    this.answers = answers;
    this.metrics = metrics;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage rir = message.body();
    Avp userName = rir.first(BaseAvps.USER_NAME);
    Avp msisdnAvp = rir.first(ShAvps.MSISDN);
    if (userName == null && msisdnAvp == null) {
      answers.reply(
          message, DecodeProblem.missing(BaseAvps.USER_NAME, "User-Name or MSISDN is required"));
      return;
    }
    String msisdn = msisdnAvp == null ? null : Msisdn.decode(msisdnAvp.asOctets());
    if (msisdnAvp != null && msisdn == null) {
      answers.reply(
          message,
          DecodeProblem.of(
              ResultCodes.DIAMETER_INVALID_AVP_VALUE,
              msisdnAvp.rawBytes(),
              "MSISDN is not 1 to 15 TBCD digits"));
      return;
    }
    String imsi = userName == null ? null : userName.asUtf8();
    ImsiRange range = ImsiRange.of(message);
    store
        .lookup(imsi, msisdn, DiameterBus.deadline(rir))
        .map(route -> seenBy(range, route))
        .onSuccess(route -> answer(message, route, userName, msisdnAvp))
        .onFailure(failure -> answers.replyFailure(message, failure));
  }

  private LcsRoute seenBy(ImsiRange range, LcsRoute route) {
    if (range.prefixes().isEmpty()) {
      return route;
    }
    LcsRoute seen = route.seenBy(range::covers);
    if (seen != route) {
      metrics.peerRefused(PeerRefusal.IMSI_RANGE);
    }
    return seen;
  }

  private void answer(
      Message<DiameterMessage> message, LcsRoute route, Avp userName, Avp msisdnAvp) {
    DiameterMessage rir = message.body();
    switch (route.outcome()) {
      case UNKNOWN ->
          answers.reply(message, answers.answer(rir, ResultCodes.SLh.DIAMETER_ERROR_USER_UNKNOWN));
      case CONTRADICTING ->
          answers.reply(
              message,
              DecodeProblem.of(
                  ResultCodes.DIAMETER_CONTRADICTING_AVPS,
                  concat(userName.rawBytes(), msisdnAvp.rawBytes()),
                  "User-Name and MSISDN name different subscribers"));
      case AMBIGUOUS -> {
        // a provisioning error for the operator to fix; the MSISDN itself is not logged
        log.warn("an RIR named an MSISDN provisioned for more than one subscriber; answered 5012");
        answers.reply(
            message,
            answers
                .answer(rir, ResultCodes.DIAMETER_UNABLE_TO_COMPLY)
                .add(BaseAvps.ERROR_MESSAGE, "the MSISDN does not name one subscriber"));
      }
      case FOUND -> answers.reply(message, found(rir, route, userName, msisdnAvp));
    }
  }

  private MessageBuilder found(DiameterMessage rir, LcsRoute route, Avp userName, Avp msisdnAvp) {
    if (!route.served()) {
      return answers.answer(rir, ResultCodes.SLh.DIAMETER_ERROR_ABSENT_USER);
    }
    boolean both = userName != null && msisdnAvp != null;
    MessageBuilder ria = answers.answer(rir, ResultCodes.DIAMETER_SUCCESS);
    if (userName == null || both) {
      ria.add(BaseAvps.USER_NAME, route.imsi());
    }
    if ((msisdnAvp == null || both) && route.msisdn() != null) {
      ria.add(ShAvps.MSISDN, Msisdn.encode(route.msisdn()));
    }
    // TS 29.173 §6.4.3: Serving-Node ::= [SGSN-Number][SGSN-Name][SGSN-Realm][MME-Name]
    // [MME-Realm][MSC-Number][3GPP-AAA-Server-Name][LCS-Capabilities-Sets][GMLC-Address]*[AVP]
    return ria.addGroup(
        SlhAvps.SERVING_NODE,
        node -> {
          node.add(SlhAvps.MME_NAME, route.mmeHost());
          if (route.mmeRealm() != null) {
            node.add(SlhAvps.MME_REALM, route.mmeRealm());
          }
        });
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream both = new ByteArrayOutputStream(first.length + second.length);
    both.writeBytes(first);
    both.writeBytes(second);
    return both.toByteArray();
  }
}
