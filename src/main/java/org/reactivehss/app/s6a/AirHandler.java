package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import java.util.List;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.auth.EutranVector;
import org.reactivehss.auth.UtranVector;
import org.reactivehss.auth.VectorKind;
import org.reactivehss.auth.VectorReply;
import org.reactivehss.auth.VectorRequest;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.peer.DiameterBus;

/**
 * Authentication-Information (TS 29.272 §5.2.3.1, AIR/AIA §7.2.5/§7.2.6): E-UTRAN vectors for
 * Requested-EUTRAN-Authentication-Info, UTRAN quintuplets for
 * Requested-UTRAN-GERAN-Authentication-Info, each item with its own durable SQN (reserved by the
 * auth verticle before it replies).
 *
 * <p>Number-Of-Requested-Vectors is clamped to 1..{@link VectorRequest#MAX_VECTORS} (32):
 * §5.2.3.1.3 lets the HSS return fewer vectors than requested, and one batch never spans more than
 * the 32 IND slots (docs/sqn.md). Immediate-Response-Preferred is accepted and changes nothing:
 * every vector is computed on request, so the answer is always immediate. Re-Synchronization-Info
 * (RAND || AUTS) resynchronises SQN_HE before the vectors of that request are built. Subscriber
 * status is not checked here: §5.2.3.1.3 asks only whether the IMSI is known; barring reaches the
 * MME in the ULA's Subscription-Data and through Cancel-Location (see {@link UlrHandler}).
 */
final class AirHandler implements Handler<Message<DiameterMessage>> {
  private final EventBus bus;
  private final S6aAnswers answers;

  AirHandler(EventBus bus, S6aAnswers answers) {
    this.bus = bus;
    this.answers = answers;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage air = message.body();
    Avp plmn = air.first(S6aAvps.VISITED_PLMN_ID);
    if (plmn.dataLength() != 3) {
      answers.replyInvalid(
          message,
          ResultCodes.DIAMETER_INVALID_AVP_VALUE,
          plmn,
          "Visited-PLMN-Id must be 3 octets (TS 29.272 §7.3.9)");
      return;
    }
    Avp eutran = air.first(S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO);
    Avp utran = air.first(S6aAvps.REQUESTED_UTRAN_GERAN_AUTHENTICATION_INFO);
    if (eutran == null && utran == null) {
      // TS 29.272 §7.2.5 makes both optional; without either there is nothing to answer (RFC 6733
      // §7.5).
      answers.reply(
          message,
          DecodeProblem.missing(
              S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
              "no authentication information requested"));
      return;
    }
    for (Avp requested : new Avp[] {eutran, utran}) {
      Avp resync = requested == null ? null : requested.first(S6aAvps.RE_SYNCHRONIZATION_INFO);
      if (resync != null && resync.dataLength() != 30) {
        answers.replyInvalid(
            message,
            ResultCodes.DIAMETER_INVALID_AVP_VALUE,
            resync,
            "Re-Synchronization-Info must be RAND (16) || AUTS (14)");
        return;
      }
    }
    String imsi = air.first(BaseAvps.USER_NAME).asUtf8();
    byte[] servingPlmn = plmn.asOctets();
    Deadline deadline = DiameterBus.deadline(air);
    // E-UTRAN first, then UTRAN: a resync in either moves SQN_HE before the later reservation.
    String mme = air.originHost();
    vectors(imsi, VectorKind.EUTRAN, eutran, servingPlmn, deadline, mme)
        .compose(
            e ->
                vectors(imsi, VectorKind.UTRAN, utran, null, deadline, mme).map(u -> List.of(e, u)))
        .onSuccess(replies -> answers.reply(message, aia(air, replies.get(0), replies.get(1))))
        .onFailure(failure -> answers.replyFailure(message, failure));
  }

  /**
   * One call to the auth verticle, within what is left of the AIR's deadline (no timeout of its
   * own).
   */
  private Future<VectorReply> vectors(
      String imsi,
      VectorKind kind,
      Avp requested,
      byte[] servingPlmn,
      Deadline deadline,
      String mme) {
    if (requested == null) {
      return Future.succeededFuture(new VectorReply(kind, List.of()));
    }
    Avp count = requested.first(S6aAvps.NUMBER_OF_REQUESTED_VECTORS);
    // the validator has held it to Unsigned32 (RFC 6733 §4.2) and to once per group (TS 29.272
    // §7.3.11)
    long asked = count == null ? 1 : count.asUnsigned32();
    int n = (int) Math.max(1, Math.min(asked, VectorRequest.MAX_VECTORS));
    Avp resync = requested.first(S6aAvps.RE_SYNCHRONIZATION_INFO);
    VectorRequest request =
        new VectorRequest(
            imsi, kind, n, servingPlmn, resync == null ? null : resync.asOctets(), deadline, mme);
    return LoopAffinity.call(bus, AuthVerticle.ADDRESS, request, deadline.sendOptions());
  }

  /**
   * §7.3.17 Authentication-Info {*E-UTRAN-Vector, *UTRAN-Vector}, items numbered from 1 (§7.3.23).
   */
  private MessageBuilder aia(DiameterMessage air, VectorReply eutran, VectorReply utran) {
    return answers
        .answer(air, ResultCodes.DIAMETER_SUCCESS)
        .addGroup(
            S6aAvps.AUTHENTICATION_INFO,
            info -> {
              int item = 1;
              for (EutranVector v : eutran.vectorsAs(EutranVector.class)) {
                int number = item++;
                info.addGroup(
                    S6aAvps.E_UTRAN_VECTOR,
                    g ->
                        g.add(S6aAvps.ITEM_NUMBER, number)
                            .add(S6aAvps.RAND, v.rand())
                            .add(S6aAvps.XRES, v.xres())
                            .add(S6aAvps.AUTN, v.autn())
                            .add(S6aAvps.KASME, v.kasme()));
              }
              item = 1;
              for (UtranVector v : utran.vectorsAs(UtranVector.class)) {
                int number = item++;
                info.addGroup(
                    S6aAvps.UTRAN_VECTOR,
                    g ->
                        g.add(S6aAvps.ITEM_NUMBER, number)
                            .add(S6aAvps.RAND, v.rand())
                            .add(S6aAvps.XRES, v.xres())
                            .add(S6aAvps.AUTN, v.autn())
                            .add(CxAvps.CONFIDENTIALITY_KEY, v.ck())
                            .add(CxAvps.INTEGRITY_KEY, v.ik()));
              }
            });
  }
}
