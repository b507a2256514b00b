package org.reactivehss.app.swx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.util.List;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.auth.ImsAuthItem;
import org.reactivehss.auth.VectorKind;
import org.reactivehss.auth.VectorReply;
import org.reactivehss.auth.VectorRequest;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.store.SwxProfile;

/**
 * Multimedia-Auth-Request from a 3GPP AAA server (TS 29.273 §8.1.2.1, §8.2.2.1/§8.2.2.2):
 * authentication items for EAP-AKA' (RFC 9048, TS 33.402 §6.2) or EAP-AKA (RFC 4187), from the same
 * SQN_HE as S6a and Cx (docs/sqn.md).
 *
 * <p>Order of §8.1.2.1.2: the user (5001), its non-3GPP subscription (5450), the scheme (anything
 * but "EAP-AKA'" and "EAP-AKA" is 5006), for EAP-AKA' the access network identity (no ANID: 5005
 * DIAMETER_MISSING_AVP naming ANID, since CK'/IK' cannot be derived without it); a user registered
 * with another 3GPP AAA server is answered 5005 DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED with
 * that server's 3GPP-AAA-Server-Name, unless AAA-Failure-Indication says it is unavailable
 * (§8.2.3.21), in which case the requester takes its place. With SIP-Authorization = RAND || AUTS
 * the SQN is resynchronised first, exactly as on Cx (the auth service does it; the history records
 * interface swx); a refused AUTS is 4001.
 */
final class MarHandler implements Handler<Message<DiameterMessage>> {
  static final String EAP_AKA_PRIME = "EAP-AKA'";
  static final String EAP_AKA = "EAP-AKA";

  private final SwxContext swx;

  MarHandler(SwxContext swx) {
    AuthVerticle.registerCodecs(swx.vertx());
    this.swx = swx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    SwxLookups.profile(swx, message, false)
        .onSuccess(
            profile -> {
              if (SwxLookups.refusal(profile) != null) {
                SwxAnswers.replyResult(message, swx, SwxLookups.refusal(profile));
              } else {
                authenticate(message, profile);
              }
            })
        .onFailure(failure -> SwxAnswers.replyFailure(message, swx, failure));
  }

  private void authenticate(Message<DiameterMessage> message, SwxProfile profile) {
    DiameterMessage request = message.body();
    Avp item = request.first(CxAvps.SIP_AUTH_DATA_ITEM);
    Avp schemeAvp = item.first(CxAvps.SIP_AUTHENTICATION_SCHEME);
    if (schemeAvp == null) {
      SwxAnswers.replyMissing(message, swx, CxAvps.SIP_AUTHENTICATION_SCHEME);
      return;
    }
    String scheme = schemeAvp.asUtf8();
    VectorKind kind =
        switch (scheme) {
          case EAP_AKA_PRIME -> VectorKind.EAP_AKA_PRIME;
          case EAP_AKA -> VectorKind.EAP_AKA;
          default -> null;
        };
    if (kind == null) {
      SwxAnswers.replyResult(
          message, swx, ResultCodes.Swx.DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED);
      return;
    }
    Avp anid = request.first(SwxAvps.ANID);
    if (kind == VectorKind.EAP_AKA_PRIME && (anid == null || anid.dataLength() == 0)) {
      SwxAnswers.replyMissing(message, swx, SwxAvps.ANID);
      return;
    }
    Avp authorization = item.first(CxAvps.SIP_AUTHORIZATION);
    byte[] resync = authorization == null ? null : authorization.asOctets();
    if (resync != null && resync.length != 30) {
      // RAND (16) || AUTS (14), as on Cx (TS 29.229 §6.3.13), nothing else
      SwxAnswers.replyInvalid(message, swx, authorization);
      return;
    }
    if (registeredElsewhere(request, profile)) {
      SwxAnswers.reply(
          message,
          SwxAnswers.answer(
                  request, swx, ResultCodes.Swx.DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED)
              .add(SwxAvps.TGPP_AAA_SERVER_NAME, profile.aaaServerName()));
      return;
    }
    byte[] network = kind == VectorKind.EAP_AKA_PRIME ? anid.asOctets() : null;
    int n = itemCount(request.first(CxAvps.SIP_NUMBER_AUTH_ITEMS).asUnsigned32());
    Deadline deadline = DiameterBus.deadline(request);
    VectorRequest vectors =
        new VectorRequest(profile.imsi(), kind, n, network, resync, deadline, request.originHost());
    takeOver(request, profile, deadline)
        .compose(ok -> vectors(vectors))
        .onSuccess(
            reply ->
                SwxAnswers.reply(
                    message, answer(request, scheme, reply.vectorsAs(ImsAuthItem.class))))
        .onFailure(
            failure -> {
              swx.metrics().busTimeoutIf(BusTarget.AUTH, failure);
              SwxAnswers.replyFailure(message, swx, failure);
            });
  }

  /**
   * The requester reported the registered server unavailable (AAA-Failure-Indication, §8.2.3.21):
   * it becomes the registered server now, so that the SAR REGISTRATION that follows the
   * authentication finds it there instead of answering 5005 for a server that is gone.
   */
  private Future<Boolean> takeOver(DiameterMessage request, SwxProfile profile, Deadline deadline) {
    if (profile.aaaServerName() == null
        || profile.aaaServerName().equalsIgnoreCase(request.originHost())) {
      return Future.succeededFuture(false);
    }
    return swx.store().register(profile.imsi(), request.originHost(), true, deadline);
  }

  /**
   * Another 3GPP AAA server holds the user and the requester did not report it unavailable
   * (AAA-Failure-Indication bit 0, TS 29.273 §8.2.3.21).
   */
  static boolean registeredElsewhere(DiameterMessage request, SwxProfile profile) {
    if (profile.aaaServerName() == null
        || profile.aaaServerName().equalsIgnoreCase(request.originHost())) {
      return false;
    }
    Avp failure = request.first(SwxAvps.AAA_FAILURE_INDICATION);
    return failure == null || failure.dataLength() != 4 || (failure.asUnsigned32() & 1) == 0;
  }

  /**
   * The HSS may return fewer items than asked (as TS 29.228 §6.3.1 lets it on Cx): at most {@link
   * VectorRequest#MAX_VECTORS}; 0 is read as 1.
   */
  static int itemCount(long requested) {
    return (int) Math.max(1, Math.min(requested, VectorRequest.MAX_VECTORS));
  }

  private Future<VectorReply> vectors(VectorRequest vectorRequest) {
    return LoopAffinity.call(
        swx.vertx().eventBus(),
        AuthVerticle.ADDRESS,
        vectorRequest,
        vectorRequest.deadline().sendOptions());
  }

  /**
   * TS 29.273 §8.2.2.2 MAA: { User-Name } [ SIP-Number-Auth-Items ] *[ SIP-Auth-Data-Item ], each
   * item (§8.2.3.x, TS 29.229 §6.3.13) with SIP-Authenticate = RAND || AUTN, SIP-Authorization =
   * XRES, Confidentiality-Key = CK (CK' for EAP-AKA'), Integrity-Key = IK (IK' for EAP-AKA').
   */
  private MessageBuilder answer(DiameterMessage request, String scheme, List<ImsAuthItem> items) {
    MessageBuilder b =
        SwxAnswers.answer(request, swx, ResultCodes.DIAMETER_SUCCESS)
            .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, (long) items.size());
    for (int i = 0; i < items.size(); i++) {
      ImsAuthItem v = items.get(i);
      long number = i + 1;
      b.addGroup(
          CxAvps.SIP_AUTH_DATA_ITEM,
          g ->
              g.add(CxAvps.SIP_ITEM_NUMBER, number)
                  .add(CxAvps.SIP_AUTHENTICATION_SCHEME, scheme)
                  .add(CxAvps.SIP_AUTHENTICATE, v.sipAuthenticate())
                  .add(CxAvps.SIP_AUTHORIZATION, v.sipAuthorization())
                  .add(CxAvps.CONFIDENTIALITY_KEY, v.ck())
                  .add(CxAvps.INTEGRITY_KEY, v.ik()));
    }
    return b;
  }
}
