package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShSubscription;
import org.reactivehss.store.ShUser;

/**
 * Subscribe-Notifications-Request from an AS (Sh-Subs-Notif, TS 29.328 §6.1.3, TS 29.329
 * §6.1.5/§6.1.6). Subs-Req-Type 0 subscribes, 1 unsubscribes (removing what is not there is
 * success). The HSS notifies changes of {@link #NOTIFIABLE} data only: RepositoryData (per
 * Service-Indication, needed: else 5005), IMSUserState and S-CSCFName; a subscription to anything
 * else is 5104 DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED, as is one the AS's permission list does
 * not grant (§6.1.3.1). Then the user: 5001, 5002.
 *
 * <p>Expiry-Time (§6.1.3.1): granted as asked and returned in the SNA; without one the subscription
 * does not expire. One in the past is 5004 with the AVP. Send-Data-Indication USER_DATA_REQUESTED
 * (1) returns the current data in Sh-User-Data, as a UDR would.
 */
final class SnrHandler implements Handler<Message<DiameterMessage>> {
  static final Set<ShDataReference> NOTIFIABLE =
      Set.of(
          ShDataReference.REPOSITORY_DATA,
          ShDataReference.IMS_USER_STATE,
          ShDataReference.S_CSCF_NAME);

  /** TS 29.329 §6.3.6 Subs-Req-Type. */
  static final int SUBSCRIBE = 0;

  static final int UNSUBSCRIBE = 1;

  /** TS 29.329 §6.3.17 Send-Data-Indication USER_DATA_REQUESTED. */
  static final int USER_DATA_REQUESTED = 1;

  /** RFC 6733 §4.3.1 Time counts from 1900; Unix time from 1970. */
  static final long NTP_TO_UNIX = 2_208_988_800L;

  private final ShContext sh;

  SnrHandler(ShContext sh) {
    this.sh = sh;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    Avp type = request.first(ShAvps.SUBS_REQ_TYPE);
    if (type.asEnumerated() != SUBSCRIBE && type.asEnumerated() != UNSUBSCRIBE) {
      ShAnswers.replyInvalid(message, sh, type);
      return;
    }
    DataReferences refs = DataReferences.of(request);
    if (refs.invalid() != null) {
      ShAnswers.replyInvalid(message, sh, refs.invalid());
      return;
    }
    ShUserIdentity identity = ShUserIdentity.of(request);
    if (identity == null) {
      ShAnswers.replyMissing(message, sh, CxAvps.PUBLIC_IDENTITY);
      return;
    }
    ShRead read = UdrHandler.read(request, refs.references());
    if (refs.references().contains(ShDataReference.REPOSITORY_DATA)
        && read.serviceIndications().isEmpty()) {
      ShAnswers.replyMissing(message, sh, ShAvps.SERVICE_INDICATION);
      return;
    }
    Avp expiry = request.first(ShAvps.EXPIRY_TIME);
    Instant expires = expiry == null ? null : Instant.ofEpochSecond(expiry.asTime() - NTP_TO_UNIX);
    if (expires != null && type.asEnumerated() == SUBSCRIBE && !expires.isAfter(Instant.now())) {
      ShAnswers.replyInvalid(message, sh, expiry);
      return;
    }
    if (!NOTIFIABLE.containsAll(refs.references())) {
      ShAnswers.replyResult(
          message, sh, ResultCodes.Sh.DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED);
      return;
    }
    Deadline deadline = DiameterBus.deadline(request);
    ShPermissions.check(sh, request, ShPermissions.Operation.SUBSCRIBE, refs.references(), deadline)
        .compose(
            refusal ->
                refusal != null
                    ? Future.succeededFuture(ShAnswers.answer(request, sh, refusal))
                    : answer(message, type.asEnumerated(), identity, read, expires, deadline))
        .onSuccess(answer -> ShAnswers.reply(message, answer))
        .onFailure(failure -> ShAnswers.replyFailure(message, sh, failure));
  }

  private Future<MessageBuilder> answer(
      Message<DiameterMessage> message,
      int type,
      ShUserIdentity identity,
      ShRead read,
      Instant expires,
      Deadline deadline) {
    DiameterMessage request = message.body();
    if (identity.malformed()) {
      return Future.succeededFuture(
          ShAnswers.answer(request, sh, ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN));
    }
    return GrantedLookups.identify(sh, message, identity)
        .compose(
            lookup -> {
              ResultCode failure = ShAnswers.identityFailure(lookup.outcome());
              if (failure != null) {
                return Future.succeededFuture(ShAnswers.answer(request, sh, failure));
              }
              List<ShSubscription> subscriptions = subscriptions(request, identity, read);
              if (type == UNSUBSCRIBE) {
                return sh.subscriptions()
                    .unsubscribe(subscriptions, deadline)
                    .map(ok -> ShAnswers.answer(request, sh, ResultCodes.DIAMETER_SUCCESS));
              }
              return sh.subscriptions()
                  .subscribe(lookup.user().imsi(), subscriptions, expires, deadline)
                  .compose(
                      ok -> subscribed(request, lookup.user(), identity, read, expires, deadline));
            });
  }

  private Future<MessageBuilder> subscribed(
      DiameterMessage request,
      ShUser user,
      ShUserIdentity identity,
      ShRead read,
      Instant expires,
      Deadline deadline) {
    Avp sendData = request.first(ShAvps.SEND_DATA_INDICATION);
    Future<String> data =
        sendData != null && sendData.asEnumerated() == USER_DATA_REQUESTED
            ? ShUserData.compose(sh, user, identity, read, deadline).map(c -> c.shData())
            : Future.succeededFuture(null);
    return data.map(
        xml -> {
          MessageBuilder b =
              xml != null
                  ? ShAnswers.withUserData(request, sh, xml)
                  : ShAnswers.answer(request, sh, ResultCodes.DIAMETER_SUCCESS);
          if (expires != null) {
            b.add(ShAvps.EXPIRY_TIME, expires.getEpochSecond() + NTP_TO_UNIX);
          }
          return b;
        });
  }

  private static List<ShSubscription> subscriptions(
      DiameterMessage request, ShUserIdentity identity, ShRead read) {
    String host = request.first(BaseAvps.ORIGIN_HOST).asUtf8();
    String realm = request.first(BaseAvps.ORIGIN_REALM).asUtf8();
    List<ShSubscription> out = new ArrayList<>();
    for (ShDataReference r : read.references()) {
      if (r == ShDataReference.REPOSITORY_DATA) {
        for (String si : read.serviceIndications()) {
          out.add(new ShSubscription(identity.key(), host, realm, r, si));
        }
      } else {
        out.add(new ShSubscription(identity.key(), host, realm, r, ""));
      }
    }
    return out;
  }
}
