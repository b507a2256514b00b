package org.reactivehss.app.swx;

import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.AAA_USER_DATA_REQUEST;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.ADMINISTRATIVE_DEREGISTRATION;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.PGW_UPDATE;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.REGISTRATION;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.RESTORATION;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.TIMEOUT_DEREGISTRATION;
import static org.reactivehss.diameter.dict.Values.ServerAssignmentType.USER_DEREGISTRATION;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.store.SwxProfile;

/**
 * Server-Assignment-Request from a 3GPP AAA server (TS 29.273 §8.1.2.2, §8.2.2.3/§8.2.2.4).
 *
 * <ul>
 *   <li>REGISTRATION (§8.1.2.2.2.1): user (5001), non-3GPP subscription (5450); a user registered
 *       with another server is 5005 DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED with its
 *       3GPP-AAA-Server-Name; otherwise the requester (Origin-Host) is stored, durably, and the
 *       answer carries Non-3GPP-User-Data.
 *   <li>AAA_USER_DATA_REQUEST: Non-3GPP-User-Data, nothing stored.
 *   <li>USER_, ADMINISTRATIVE_ and TIMEOUT_DEREGISTRATION (§8.1.2.2.2.2): the registration is
 *       cleared when the requester holds it; 2001 either way (the user is not registered there).
 *   <li>PGW_UPDATE and RESTORATION: the PDN GW identities and restoration data are not kept by this
 *       HSS, so 5012 DIAMETER_UNABLE_TO_COMPLY rather than a success that stored nothing.
 *   <li>Any other value (defined for Cx only): 5004 with the AVP in Failed-AVP.
 * </ul>
 */
final class SarHandler implements Handler<Message<DiameterMessage>> {
  private final SwxContext swx;

  SarHandler(SwxContext swx) {
    this.swx = swx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    Avp typeAvp = request.first(CxAvps.SERVER_ASSIGNMENT_TYPE);
    int type = typeAvp.asEnumerated();
    switch (type) {
      case REGISTRATION, AAA_USER_DATA_REQUEST -> userData(message, type == REGISTRATION);
      case USER_DEREGISTRATION, ADMINISTRATIVE_DEREGISTRATION, TIMEOUT_DEREGISTRATION ->
          deregister(message);
      case PGW_UPDATE, RESTORATION ->
          SwxAnswers.replyResult(message, swx, ResultCodes.DIAMETER_UNABLE_TO_COMPLY);
      default -> SwxAnswers.replyInvalid(message, swx, typeAvp);
    }
  }

  private void userData(Message<DiameterMessage> message, boolean register) {
    DiameterMessage request = message.body();
    SwxLookups.profile(swx, message, true)
        .onSuccess(
            profile -> {
              if (SwxLookups.refusal(profile) != null) {
                SwxAnswers.replyResult(message, swx, SwxLookups.refusal(profile));
              } else if (!register
                  || request.originHost().equalsIgnoreCase(profile.aaaServerName())) {
                SwxAnswers.reply(message, withUserData(request, profile));
              } else if (profile.aaaServerName() != null) {
                alreadyRegistered(message, profile.aaaServerName());
              } else {
                store(message, profile);
              }
            })
        .onFailure(failure -> SwxAnswers.replyFailure(message, swx, failure));
  }

  private void store(Message<DiameterMessage> message, SwxProfile profile) {
    DiameterMessage request = message.body();
    Deadline deadline = DiameterBus.deadline(request);
    swx.store()
        .register(profile.imsi(), request.originHost(), false, deadline)
        .onSuccess(
            stored -> {
              if (stored) {
                SwxAnswers.reply(message, withUserData(request, profile));
              } else {
                // another server registered between the read and the write: read who it was
                SwxLookups.profile(swx, message, false)
                    .onSuccess(
                        now -> alreadyRegistered(message, now == null ? null : now.aaaServerName()))
                    .onFailure(failure -> SwxAnswers.replyFailure(message, swx, failure));
              }
            })
        .onFailure(failure -> SwxAnswers.replyFailure(message, swx, failure));
  }

  private void alreadyRegistered(Message<DiameterMessage> message, String registered) {
    if (registered == null) {
      SwxAnswers.replyResult(message, swx, ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN);
      return;
    }
    SwxAnswers.reply(
        message,
        SwxAnswers.answer(
                message.body(), swx, ResultCodes.Swx.DIAMETER_ERROR_IDENTITY_ALREADY_REGISTERED)
            .add(SwxAvps.TGPP_AAA_SERVER_NAME, registered));
  }

  private void deregister(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    SwxLookups.profile(swx, message, false)
        .compose(
            profile -> {
              if (profile == null) {
                SwxAnswers.replyResult(message, swx, ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN);
                return Future.succeededFuture();
              }
              // §8.1.2.2.2.2: deregistration is answered whatever the non-3GPP flag now says
              Future<Boolean> cleared =
                  request.originHost().equalsIgnoreCase(profile.aaaServerName())
                      ? swx.store()
                          .deregister(
                              profile.imsi(), request.originHost(), DiameterBus.deadline(request))
                      : Future.succeededFuture(false);
              return cleared.onSuccess(
                  done -> SwxAnswers.replyResult(message, swx, ResultCodes.DIAMETER_SUCCESS));
            })
        .onFailure(failure -> SwxAnswers.replyFailure(message, swx, failure));
  }

  private MessageBuilder withUserData(DiameterMessage request, SwxProfile profile) {
    return Non3gppUserData.add(
        SwxAnswers.answer(request, swx, ResultCodes.DIAMETER_SUCCESS), profile);
  }
}
