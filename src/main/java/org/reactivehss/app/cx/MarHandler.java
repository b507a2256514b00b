package org.reactivehss.app.cx;

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
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * Multimedia-Auth-Request from an S-CSCF (TS 29.228 §6.3, TS 29.229 §6.1.7/§6.1.8): authentication
 * items for IMS AKA, and the resynchronisation this product was built for (docs/sqn.md).
 *
 * <p>Order of TS 29.228 §6.3.1: identities (5001, 5002); the scheme (only Digest-AKAv1-MD5, or
 * "Unknown", which lets the HSS pick the user's scheme, is served; anything else, e.g. "SIP
 * Digest", "NASS-Bundled", "Early-IMS-Security", "Digest-AKAv2-SHA-256", is 5006); the S-CSCF that
 * asked is stored (pending until SAR) while SIP-Number-Auth-Items items, each with its own SQN, are
 * made; the answer waits for both. With SIP-Authorization = RAND || AUTS in the request's
 * SIP-Auth-Data-Item the SQN is resynchronised first; an AUTS whose MAC-S fails leaves SQN_HE alone
 * and answers Result-Code 4001 (docs/sqn.md).
 */
final class MarHandler implements Handler<Message<DiameterMessage>> {
  static final String DIGEST_AKA_V1_MD5 = "Digest-AKAv1-MD5";

  /** TS 29.229 §6.3.9: the S-CSCF does not know the scheme; the HSS uses the one it holds. */
  static final String UNKNOWN_SCHEME = "Unknown";

  private final CxContext cx;

  MarHandler(CxContext cx) {
    AuthVerticle.registerCodecs(cx.vertx());
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    String impi = request.first(BaseAvps.USER_NAME).asUtf8();
    String impu = request.first(CxAvps.PUBLIC_IDENTITY).asUtf8();
    GrantedLookups.byIdentities(cx, message, impi, impu)
        .onComplete(
            looked -> {
              if (looked.failed()) {
                CxAnswers.replyFailure(message, cx, looked.cause());
              } else if (CxAnswers.identityFailure(looked.result().outcome()) != null) {
                CxAnswers.replyResult(
                    message, cx, CxAnswers.identityFailure(looked.result().outcome()));
              } else {
                authenticate(message, looked.result().subscription());
              }
            });
  }

  private void authenticate(Message<DiameterMessage> message, ImsSubscription s) {
    DiameterMessage request = message.body();
    Avp item = request.first(CxAvps.SIP_AUTH_DATA_ITEM);
    Avp schemeAvp = item.first(CxAvps.SIP_AUTHENTICATION_SCHEME);
    String scheme = schemeAvp == null ? UNKNOWN_SCHEME : schemeAvp.asUtf8();
    if (!scheme.equals(DIGEST_AKA_V1_MD5) && !scheme.equals(UNKNOWN_SCHEME)) {
      CxAnswers.replyResult(message, cx, ResultCodes.Cx.DIAMETER_ERROR_AUTH_SCHEME_NOT_SUPPORTED);
      return;
    }
    Avp authorization = item.first(CxAvps.SIP_AUTHORIZATION);
    byte[] resync = authorization == null ? null : authorization.asOctets();
    if (resync != null && resync.length != 30) {
      // TS 29.229 §6.3.13: for Digest-AKAv1-MD5 it is RAND (16) || AUTS (14), nothing else
      CxAnswers.replyInvalid(message, cx, authorization);
      return;
    }
    int n = itemCount(request.first(CxAvps.SIP_NUMBER_AUTH_ITEMS).asUnsigned32());
    String serverName = request.first(CxAvps.SERVER_NAME).asUtf8();
    Deadline deadline = DiameterBus.deadline(request);
    Future<Void> stored =
        alreadyStored(s, serverName)
            ? Future.succeededFuture()
            : cx.store().storeAuthenticatingServer(s.imsi(), serverName, deadline);
    // the S-CSCF name and the SQN reservation are two commits: asked at once, a MAR waits for one
    // WAL flush instead of two in a row. The answer still needs both; should the name fail after
    // the reservation, the reserved SQNs are skipped, never issued twice (docs/sqn.md).
    Future<VectorReply> vectors =
        vectors(
            new VectorRequest(
                s.imsi(), VectorKind.IMS, n, null, resync, deadline, request.originHost()));
    // join, not all: when both fail, the name's failure is answered, as when it was written first
    Future.join(stored, vectors)
        .onComplete(
            both -> {
              if (stored.failed()) {
                failed(message, stored.cause());
              } else if (vectors.failed()) {
                failed(message, vectors.cause());
              } else {
                CxAnswers.reply(
                    message, answer(request, vectors.result().vectorsAs(ImsAuthItem.class)));
              }
            });
  }

  /**
   * The S-CSCF and pending flag the store would write are already there (a repeated MAR from the
   * serving S-CSCF): skip the write, whose commit would cost a WAL flush on every registration.
   */
  static boolean alreadyStored(ImsSubscription s, String serverName) {
    return serverName.equals(s.scscfName())
        && s.authPending() == (s.state() == RegistrationState.NOT_REGISTERED);
  }

  /**
   * TS 29.228 §6.3.1 lets the HSS return fewer items than asked: at most {@link
   * VectorRequest#MAX_VECTORS} (one batch stays within the 32 IND slots); 0 is read as 1.
   */
  static int itemCount(long requested) {
    return (int) Math.max(1, Math.min(requested, VectorRequest.MAX_VECTORS));
  }

  private Future<VectorReply> vectors(VectorRequest vectorRequest) {
    return LoopAffinity.call(
        cx.vertx().eventBus(),
        AuthVerticle.ADDRESS,
        vectorRequest,
        vectorRequest.deadline().sendOptions());
  }

  private MessageBuilder answer(DiameterMessage request, List<ImsAuthItem> items) {
    MessageBuilder b =
        CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS)
            .addCopy(request.first(BaseAvps.USER_NAME))
            .addCopy(request.first(CxAvps.PUBLIC_IDENTITY))
            .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, (long) items.size());
    for (int i = 0; i < items.size(); i++) {
      ImsAuthItem v = items.get(i);
      long number = i + 1;
      // TS 29.229 §6.3.13 SIP-Auth-Data-Item for Digest-AKAv1-MD5 (RFC 3310)
      b.addGroup(
          CxAvps.SIP_AUTH_DATA_ITEM,
          g ->
              g.add(CxAvps.SIP_ITEM_NUMBER, number)
                  .add(CxAvps.SIP_AUTHENTICATION_SCHEME, DIGEST_AKA_V1_MD5)
                  .add(CxAvps.SIP_AUTHENTICATE, v.sipAuthenticate())
                  .add(CxAvps.SIP_AUTHORIZATION, v.sipAuthorization())
                  .add(CxAvps.CONFIDENTIALITY_KEY, v.ck())
                  .add(CxAvps.INTEGRITY_KEY, v.ik()));
    }
    return b;
  }

  /** Counts a bus timeout of the auth hop; the answer is {@link CxOutcomes}' (docs/sqn.md). */
  private void failed(Message<DiameterMessage> message, Throwable failure) {
    cx.metrics().busTimeoutIf(BusTarget.AUTH, failure);
    CxAnswers.replyFailure(message, cx, failure);
  }
}
