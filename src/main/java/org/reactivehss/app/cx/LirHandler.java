package org.reactivehss.app.cx;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.ImsLookup;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * Location-Info-Request from an I-CSCF routing a terminating request (TS 29.228 §6.1.4, TS 29.229
 * §6.1.5/§6.1.6): which S-CSCF serves this public identity.
 *
 * <p>Unknown identity: 5001. Registered or unregistered with an S-CSCF: Result-Code 2001 with its
 * Server-Name. Not registered: when the user has services for the unregistered state (a provisioned IMS
 * subscription or a configured iFC template), or the request carries Originating-Request (an originating
 * request on behalf of the user, TS 29.229 §6.3.34), 2003 DIAMETER_UNREGISTERED_SERVICE with
 * Server-Capabilities so that the I-CSCF picks an S-CSCF (TS 29.228 §6.1.4.1, TS 29.229 §6.2.1.3);
 * otherwise 5003 DIAMETER_ERROR_IDENTITY_NOT_REGISTERED. Barring does not change the answer: the
 * S-CSCF enforces it from the BarringIndication in the profile it downloads.
 */
final class LirHandler implements Handler<Message<DiameterMessage>> {
  private final CxContext cx;

  LirHandler(CxContext cx) {
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    cx.store().byPublicIdentity(request.first(Avps.PUBLIC_IDENTITY).asUtf8())
        .onSuccess(lookup -> CxAnswers.reply(message, answer(request, lookup)))
        .onFailure(failure -> CxAnswers.fail(message, failure));
  }

  private MessageBuilder answer(DiameterMessage request, ImsLookup lookup) {
    if (lookup.outcome() != ImsLookup.Outcome.FOUND) {
      return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN);
    }
    ImsSubscription s = lookup.subscription();
    if (s.state() != RegistrationState.NOT_REGISTERED && s.scscfName() != null) {
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS).add(Avps.SERVER_NAME, s.scscfName());
    }
    if (hasUnregisteredServices(s) || request.first(Avps.ORIGINATING_REQUEST) != null) {
      return CxAnswers.serverCapabilities(
          CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_UNREGISTERED_SERVICE), cx.options());
    }
    return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_IDENTITY_NOT_REGISTERED);
  }

  private boolean hasUnregisteredServices(ImsSubscription s) {
    return s.serviceProfile() != null && !s.serviceProfile().isBlank() || !cx.ifcTemplate().isBlank();
  }
}
