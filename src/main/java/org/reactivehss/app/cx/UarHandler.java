package org.reactivehss.app.cx;

import static org.reactivehss.diameter.dict.Values.UserAuthorizationType.DE_REGISTRATION;
import static org.reactivehss.diameter.dict.Values.UserAuthorizationType.REGISTRATION;
import static org.reactivehss.diameter.dict.Values.UserAuthorizationType.REGISTRATION_AND_CAPABILITIES;

import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
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
 * (step 3: Result-Code 5003 DIAMETER_AUTHORIZATION_REJECTED), unless UAR-Flags marks an IMS
 * emergency registration (TS 29.229 §6.3.44), which barring never stops; roaming from a
 * Visited-Network-Identifier other than this HSS's realm while roaming is not allowed (5004); then
 * the User-Authorization-Type: REGISTRATION with an S-CSCF name stored for the user (registered,
 * unregistered, or not registered yet but named by MAR) is Experimental 2002
 * DIAMETER_SUBSEQUENT_REGISTRATION with that Server-Name; without one, and for
 * REGISTRATION_AND_CAPABILITIES, Experimental 2001 DIAMETER_FIRST_REGISTRATION with
 * Server-Capabilities. State is only read, never written.
 */
final class UarHandler implements Handler<Message<DiameterMessage>> {
  /** TS 29.229 §6.3.44 UAR-Flags bit 0: IMS-Emergency-Registration. */
  static final long IMS_EMERGENCY_REGISTRATION = 1;

  private final CxContext cx;

  UarHandler(CxContext cx) {
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    String impi = request.first(BaseAvps.USER_NAME).asUtf8();
    String impu = request.first(CxAvps.PUBLIC_IDENTITY).asUtf8();
    Avp typeAvp = request.first(CxAvps.USER_AUTHORIZATION_TYPE);
    // a value TS 29.229 §6.3.24 does not define was answered 5004 by the codec (EnumeratedValues)
    int type = typeAvp == null ? REGISTRATION : typeAvp.asEnumerated();
    GrantedLookups.byIdentities(cx, message, impi, impu)
        .onSuccess(lookup -> CxAnswers.reply(message, answer(request, lookup, type)))
        .onFailure(failure -> CxAnswers.replyFailure(message, cx, failure));
  }

  private MessageBuilder answer(DiameterMessage request, ImsLookup lookup, int type) {
    ResultCode identityFailure = CxAnswers.identityFailure(lookup.outcome());
    if (identityFailure != null) {
      return CxAnswers.answer(request, cx, identityFailure);
    }
    ImsSubscription s = lookup.subscription();
    if (type != DE_REGISTRATION
        && !isEmergency(request)
        && s.publicIdentities().stream().allMatch(ImsSubscription.PublicIdentity::barred)) {
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_AUTHORIZATION_REJECTED);
    }
    if (type != DE_REGISTRATION && !s.roamingAllowed() && !isHomeNetwork(request)) {
      return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_ROAMING_NOT_ALLOWED);
    }
    if (type == DE_REGISTRATION) {
      // §6.1.1.1: de-registration of a registered or unregistered identity goes to its S-CSCF
      if (s.state() == RegistrationState.NOT_REGISTERED || s.scscfName() == null) {
        return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_ERROR_IDENTITY_NOT_REGISTERED);
      }
      return CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS)
          .add(CxAvps.SERVER_NAME, s.scscfName());
    }
    if (type == REGISTRATION_AND_CAPABILITIES || s.scscfName() == null) {
      // no S-CSCF stored for the user, or the I-CSCF cannot reach the stored one and asks for the
      // capabilities to select another (TS 29.229 §6.3.24): it selects a (new) S-CSCF. Experimental
      // 2001 for REGISTRATION_AND_CAPABILITIES too, not base Result-Code 2001: docs/cx.md says why.
      return CxAnswers.serverCapabilities(
          CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_FIRST_REGISTRATION), cx.options());
    }
    // an S-CSCF name is stored for the user: registered, unregistered (an S-CSCF keeps the
    // profile), or
    // not registered yet but named by MAR (authentication pending); §6.1.1.1 sends the I-CSCF to it
    return CxAnswers.answer(request, cx, ResultCodes.Cx.DIAMETER_SUBSEQUENT_REGISTRATION)
        .add(CxAvps.SERVER_NAME, s.scscfName());
  }

  private static boolean isEmergency(DiameterMessage request) {
    Avp flags = request.first(CxAvps.UAR_FLAGS);
    return flags != null
        && flags.dataLength() == 4
        && (flags.asUnsigned32() & IMS_EMERGENCY_REGISTRATION) != 0;
  }

  /** TS 29.229 §6.3.1 Visited-Network-Identifier: the home network is this HSS's realm. */
  private boolean isHomeNetwork(DiameterMessage request) {
    Avp visited = request.first(CxAvps.VISITED_NETWORK_IDENTIFIER);
    return new String(visited.asOctets(), StandardCharsets.UTF_8).equalsIgnoreCase(cx.realm());
  }
}
