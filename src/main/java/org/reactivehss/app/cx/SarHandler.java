package org.reactivehss.app.cx;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.store.ImsLookup;
import org.reactivehss.store.ImsSubscription;
import org.reactivehss.store.RegistrationState;

/**
 * Server-Assignment-Request from an S-CSCF (TS 29.228 §6.1.2, TS 29.229 §6.1.3/§6.1.4): records the
 * registration state and the S-CSCF of the implicit registration set in PostgreSQL, and returns the
 * IMS subscription (User-Data) when User-Data-Already-Available is USER_DATA_NOT_AVAILABLE (0).
 *
 * <p>Identity: User-Name with the first Public-Identity (5001, 5002), or the Public-Identity alone;
 * neither is 5005 with a Public-Identity example in Failed-AVP. Then {@link Transition} decides the
 * state change per Server-Assignment-Type.
 */
final class SarHandler implements Handler<Message<DiameterMessage>> {
  private final CxContext cx;

  SarHandler(CxContext cx) {
    this.cx = cx;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    Avp userName = request.first(BaseAvps.USER_NAME);
    Avp publicIdentity = request.first(CxAvps.PUBLIC_IDENTITY);
    String impu = publicIdentity == null ? null : publicIdentity.asUtf8();
    Future<ImsLookup> lookup;
    if (userName != null) {
      lookup = GrantedLookups.byIdentities(cx, message, userName.asUtf8(), impu);
    } else if (impu != null) {
      lookup = GrantedLookups.byPublicIdentity(cx, message, impu);
    } else {
      // TS 29.229 §6.1.3 makes both optional, TS 29.228 §6.1.2 needs one: the example names the
      // IMPU.
      CxAnswers.replyMissing(message, cx, CxAvps.PUBLIC_IDENTITY);
      return;
    }
    lookup
        .compose(
            found -> {
              ResultCode identityFailure = CxAnswers.identityFailure(found.outcome());
              return identityFailure != null
                  ? Future.succeededFuture(CxAnswers.answer(request, cx, identityFailure))
                  : assign(request, found.subscription(), impu);
            })
        .onSuccess(answer -> CxAnswers.reply(message, answer))
        .onFailure(failure -> CxAnswers.replyFailure(message, cx, failure));
  }

  private Future<MessageBuilder> assign(DiameterMessage request, ImsSubscription s, String impu) {
    String serverName = request.first(CxAvps.SERVER_NAME).asUtf8();
    Transition t =
        Transition.of(
            ServerAssignmentType.of(request.first(CxAvps.SERVER_ASSIGNMENT_TYPE).asEnumerated()),
            s,
            serverName);
    if (t.refusal() != null) {
      MessageBuilder refused = CxAnswers.answer(request, cx, t.refusal());
      return Future.succeededFuture(
          t.returnAssignedServer() ? refused.add(CxAvps.SERVER_NAME, s.scscfName()) : refused);
    }
    Future<Void> written =
        switch (t.write()) {
          case NONE -> Future.succeededFuture();
          case ASSIGN ->
              cx.store().assign(s.imsi(), t.state(), t.scscfName(), DiameterBus.deadline(request));
          case ABANDON_PENDING ->
              cx.store().abandonPendingAuthentication(s.imsi(), DiameterBus.deadline(request));
        };
    return written.map(
        ok -> {
          if (t.write() == Transition.Write.ASSIGN) {
            // TS 29.328 §6.1.4: ASs subscribed to IMSUserState or S-CSCFName get a PNR
            cx.vertx()
                .eventBus()
                .publish(
                    ShDataChanged.ADDRESS,
                    new ShDataChanged(s.imsi(), ShDataChanged.What.IMS_STATE, null, null));
          }
          MessageBuilder b =
              CxAnswers.answer(request, cx, ResultCodes.DIAMETER_SUCCESS)
                  .add(BaseAvps.USER_NAME, s.impi());
          boolean wanted =
              request.first(CxAvps.USER_DATA_ALREADY_AVAILABLE).asEnumerated()
                  == Values.UserDataAlreadyAvailable.USER_DATA_NOT_AVAILABLE;
          if (t.sendsUserData() && (wanted || t.alwaysUserData())) {
            b.add(CxAvps.USER_DATA, ImsSubscriptionXml.userData(s, impu, cx.ifcTemplate()));
          }
          return b;
        });
  }

  /** The decision for one SAR, before anything is written. */
  record Transition(
      Write write,
      RegistrationState state,
      String scscfName,
      boolean sendsUserData,
      boolean alwaysUserData,
      ResultCode refusal,
      boolean returnAssignedServer) {

    enum Write {
      NONE,
      ASSIGN,
      ABANDON_PENDING
    }

    static Transition of(ServerAssignmentType type, ImsSubscription s, String serverName) {
      if (type == null) {
        return refuse(false);
      }
      RegistrationState now = s.state();
      boolean sameServer = serverName.equals(s.scscfName());
      return switch (type) {
        // §6.1.2.1: only the assigned S-CSCF may fetch the profile without changing anything
        case NO_ASSIGNMENT ->
            sameServer
                ? new Transition(Write.NONE, now, null, true, true, null, false)
                : new Transition(
                    Write.NONE,
                    now,
                    null,
                    false,
                    false,
                    ResultCodes.DIAMETER_UNABLE_TO_COMPLY,
                    false);
        case REGISTRATION, RE_REGISTRATION ->
            alreadyRegisteredAt(s, serverName)
                ? new Transition(Write.NONE, now, null, true, false, null, false)
                : assign(RegistrationState.REGISTERED, serverName, true);
        // another S-CSCF already serves the (un)registered user: 5007 naming the assigned one
        case UNREGISTERED_USER ->
            now != RegistrationState.NOT_REGISTERED && s.scscfName() != null && !sameServer
                ? refuse(true)
                : now == RegistrationState.REGISTERED
                    ? new Transition(Write.NONE, now, null, true, false, null, false)
                    : assign(RegistrationState.UNREGISTERED, serverName, true);
        case TIMEOUT_DEREGISTRATION,
            USER_DEREGISTRATION,
            ADMINISTRATIVE_DEREGISTRATION,
            DEREGISTRATION_TOO_MUCH_DATA ->
            assign(RegistrationState.NOT_REGISTERED, null, false);
        // the HSS keeps the S-CSCF name: the user becomes unregistered there (§6.1.2.1)
        case TIMEOUT_DEREGISTRATION_STORE_SERVER_NAME, USER_DEREGISTRATION_STORE_SERVER_NAME ->
            now == RegistrationState.NOT_REGISTERED
                ? new Transition(Write.NONE, now, null, false, false, null, false)
                : assign(RegistrationState.UNREGISTERED, serverName, false);
        case AUTHENTICATION_FAILURE, AUTHENTICATION_TIMEOUT ->
            new Transition(Write.ABANDON_PENDING, now, null, false, false, null, false);
      };
    }

    /**
     * Every identity of the set is registered at {@code serverName}, confirmed (no MAR pending):
     * the write would change nothing, so it is skipped, and with it a commit (a WAL flush) on every
     * re-registration and a PNR about a change that did not happen (TS 29.328 §6.1.4 notifies
     * changes).
     */
    static boolean alreadyRegisteredAt(ImsSubscription s, String serverName) {
      return serverName.equals(s.scscfName())
          && !s.authPending()
          && !s.publicIdentities().isEmpty()
          && s.publicIdentities().stream().allMatch(p -> p.state() == RegistrationState.REGISTERED);
    }

    private static Transition assign(RegistrationState state, String scscfName, boolean userData) {
      return new Transition(Write.ASSIGN, state, scscfName, userData, false, null, false);
    }

    private static Transition refuse(boolean returnAssignedServer) {
      return new Transition(
          Write.NONE,
          null,
          null,
          false,
          false,
          ResultCodes.Cx.DIAMETER_ERROR_IN_ASSIGNMENT_TYPE,
          returnAssignedServer);
    }
  }
}
