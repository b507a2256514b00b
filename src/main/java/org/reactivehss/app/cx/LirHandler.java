package org.reactivehss.app.cx;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.ImsLookup;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * Location-Info-Request from an I-CSCF routing a terminating request (TS 29.228 §6.1.4, TS 29.229
 * §6.1.5/§6.1.6): which S-CSCF serves this public identity.
 *
 * <p>TS 29.228 §6.1.4.1, in order: unknown identity (or one outside the asking peer's IMSI range,
 * {@link GrantedLookups}), 5001. Registered, or unregistered (an S-CSCF keeps the profile):
 * Result-Code 2001 with its Server-Name. Not registered: only when the user has services related to
 * the unregistered state ({@link UnregisteredServices}, read from the User-Data it would get) or
 * the request carries Originating-Request (an AS originating a request on the user's behalf, TS
 * 29.229 §6.3.34) does it go on; otherwise Experimental 5003
 * DIAMETER_ERROR_IDENTITY_NOT_REGISTERED. Going on, an S-CSCF name stored for the user (e.g. named
 * by MAR, authentication pending) is returned with Result-Code 2001, and without one 2003
 * DIAMETER_UNREGISTERED_SERVICE with Server-Capabilities, so that the I-CSCF picks an S-CSCF (TS
 * 29.229 §6.2.1.3). Barring does not change the answer: the S-CSCF enforces it from the
 * BarringIndication in the profile it downloads.
 */
final class LirHandler implements Handler<Message<DiameterMessage>> {
  private final CxContext cx;

  LirHandler(CxContext cx) {
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    GrantedLookups.byPublicIdentity(cx, message, request.first(CxAvps.PUBLIC_IDENTITY).asUtf8())
        .onSuccess(lookup -> CxAnswers.reply(message, answer(request, lookup)))
        .onFailure(failure -> CxAnswers.replyFailure(message, cx, failure));
  }

  private MessageBuilder answer(DiameterMessage request, ImsLookup lookup) {
    if (lookup.outcome() != ImsLookup.Outcome.FOUND) {
      return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN);
    }
    ImsSubscription s = lookup.subscription();
    boolean notRegistered = s.state() == RegistrationState.NOT_REGISTERED || s.scscfName() == null;
    if (notRegistered
        && request.first(CxAvps.ORIGINATING_REQUEST) == null
        && !hasUnregisteredServices(request, s)) {
      return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_IDENTITY_NOT_REGISTERED);
    }
    if (s.scscfName() != null) {
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS)
          .add(CxAvps.SERVER_NAME, s.scscfName());
    }
    return CxAnswers.serverCapabilities(
        CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_UNREGISTERED_SERVICE), cx.options());
  }

  /**
   * From the provisioned subscription XML, or the generated one with the configured iFC template.
   */
  private boolean hasUnregisteredServices(DiameterMessage request, ImsSubscription s) {
    String impu = request.first(CxAvps.PUBLIC_IDENTITY).asUtf8();
    return UnregisteredServices.in(ImsSubscriptionXml.userData(s, impu, cx.ifcTemplate()));
  }
}
