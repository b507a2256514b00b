package org.reactivehss.app.cx;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.store.ImsLookup;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * User-Authorization-Request from an I-CSCF (TS 29.228 §6.1.1, TS 29.229 §6.1.1/§6.1.2): may this
 * user register from here, and which S-CSCF serves it, or which capabilities must one have.
 *
 * <p>Checks in the order of TS 29.228 §6.1.1.1: identities (5001, 5002); for (re-)registration, the
 * requested identity barred and no other identity of its implicit registration set left unbarred
 * (step 3: Result-Code 5003 DIAMETER_AUTHORIZATION_REJECTED), unless UAR-Flags marks an IMS emergency
 * registration (TS 29.229 §6.3.44), which barring never stops; roaming from a
 * Visited-Network-Identifier other than this HSS's realm while roaming is not allowed (5004); then the
 * User-Authorization-Type against the registration state. State is only read, never written.
 */
final class UarHandler implements Handler<Message<DiameterMessage>> {
  /** TS 29.229 §6.3.24 User-Authorization-Type. */
  static final int REGISTRATION = 0;
  static final int DE_REGISTRATION = 1;
  static final int REGISTRATION_AND_CAPABILITIES = 2;
  /** TS 29.229 §6.3.44 UAR-Flags bit 0: IMS-Emergency-Registration. */
  static final long IMS_EMERGENCY_REGISTRATION = 1;

  private final CxContext cx;

  UarHandler(CxContext cx) {
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    String impi = request.first(Avps.USER_NAME).asUtf8();
    String impu = request.first(Avps.PUBLIC_IDENTITY).asUtf8();
    Avp typeAvp = request.first(Avps.USER_AUTHORIZATION_TYPE);
    int type = typeAvp == null ? REGISTRATION : typeAvp.asEnumerated();
    if (type < REGISTRATION || type > REGISTRATION_AND_CAPABILITIES) {
      CxAnswers.replyInvalid(message, cx, typeAvp);
      return;
    }
    cx.store().byIdentities(impi, impu)
        .onSuccess(lookup -> CxAnswers.reply(message, answer(request, lookup, type)))
        .onFailure(failure -> CxAnswers.fail(message, failure));
  }

  private MessageBuilder answer(DiameterMessage request, ImsLookup lookup, int type) {
    ResultCode identityFailure = CxAnswers.identityFailure(lookup.outcome());
    if (identityFailure != null) {
      return CxAnswers.answer(request, cx, identityFailure);
    }
    ImsSubscription s = lookup.subscription();
    if (type != DE_REGISTRATION && !isEmergency(request)
        && s.publicIdentities().stream().allMatch(ImsSubscription.PublicIdentity::barred)) {
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_AUTHORIZATION_REJECTED);
    }
    if (type != DE_REGISTRATION && !s.roamingAllowed() && !isHomeNetwork(request)) {
      return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_ROAMING_NOT_ALLOWED);
    }
    RegistrationState state = s.state();
    if (type == DE_REGISTRATION) {
      // §6.1.1.1: de-registration of a registered or unregistered identity goes to its S-CSCF
      if (state == RegistrationState.NOT_REGISTERED || s.scscfName() == null) {
        return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_IDENTITY_NOT_REGISTERED);
      }
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS).add(Avps.SERVER_NAME, s.scscfName());
    }
    if (type == REGISTRATION_AND_CAPABILITIES || s.scscfName() == null) {
      // the I-CSCF selects a (new) S-CSCF from the capabilities
      return CxAnswers.serverCapabilities(
          CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_FIRST_REGISTRATION), cx.options());
    }
    // registered, or unregistered with an S-CSCF keeping the profile: route to that S-CSCF again;
    // not registered but an S-CSCF named by MAR (authentication pending): still a first registration
    return CxAnswers.answer(request, cx, state == RegistrationState.NOT_REGISTERED
        ? ResultCodes.Cx.DIAMETER_FIRST_REGISTRATION : ResultCodes.Cx.DIAMETER_SUBSEQUENT_REGISTRATION)
        .add(Avps.SERVER_NAME, s.scscfName());
  }

  private static boolean isEmergency(DiameterMessage request) {
    Avp flags = request.first(Avps.UAR_FLAGS);
    return flags != null && flags.dataLength() == 4 && (flags.asUnsigned32() & IMS_EMERGENCY_REGISTRATION) != 0;
  }

  /** TS 29.229 §6.3.1 Visited-Network-Identifier: the home network is this HSS's realm. */
  private boolean isHomeNetwork(DiameterMessage request) {
    Avp visited = request.first(Avps.VISITED_NETWORK_IDENTIFIER);
    return new String(visited.asOctets(), StandardCharsets.UTF_8).equalsIgnoreCase(cx.realm());
  }
}
