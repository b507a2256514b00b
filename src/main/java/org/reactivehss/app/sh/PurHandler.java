package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.events.ShDataChanged;
import org.reactivehss.store.ShDataReference;
import org.reactivehss.store.ShRepository;

/**
 * Profile-Update-Request from an AS (Sh-Update, TS 29.328 §6.1.2, TS 29.329 §6.1.3/§6.1.4): writes
 * repository data, the only data this HSS lets an AS update. In order:
 *
 * <ol>
 *   <li>a Data-Reference other than RepositoryData (when present; a Rel-6 PUR has none) is 5101
 *       DIAMETER_ERROR_OPERATION_NOT_ALLOWED: PSIActivation and DSAI are not held here;
 *   <li>the permission list: 5103 DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED;
 *   <li>the user: 5001, 5002;
 *   <li>Sh-User-Data that is no Sh-Data with RepositoryData: 5100
 *       DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED;
 *   <li>a ServiceData larger than {@code sh.repository-data-max-bytes}: 5008
 *       DIAMETER_ERROR_TOO_MUCH_DATA (§6.1.2.1 "the size of the data is greater than the HSS can
 *       accept"), nothing written;
 *   <li>each item under the Sequence-Number rules ({@link ShRepository}): 5105
 *       DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC on a stale number.
 * </ol>
 *
 * Items are written one after the other; a 5105 stops at that item (earlier items stay written, as
 * each carried its own correct number). Every change is published ({@link ShDataChanged}) so that
 * subscribed ASs get a PNR.
 */
final class PurHandler implements Handler<Message<DiameterMessage>> {
  private final ShContext sh;

  PurHandler(ShContext sh) {
    this.sh = sh;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
    Avp reference = request.first(ShAvps.DATA_REFERENCE);
    if (reference != null && ShDataReference.byCode(reference.asEnumerated()) == null) {
      ShAnswers.replyInvalid(message, sh, reference);
      return;
    }
    if (reference != null && reference.asEnumerated() != ShDataReference.REPOSITORY_DATA.code()) {
      ShAnswers.replyResult(message, sh, ResultCodes.Sh.DIAMETER_ERROR_OPERATION_NOT_ALLOWED);
      return;
    }
    ShUserIdentity identity = ShUserIdentity.of(request);
    if (identity == null) {
      ShAnswers.replyMissing(message, sh, CxAvps.PUBLIC_IDENTITY);
      return;
    }
    Deadline deadline = DiameterBus.deadline(request);
    ShPermissions.check(
            sh,
            request,
            ShPermissions.Operation.UPDATE,
            List.of(ShDataReference.REPOSITORY_DATA),
            deadline)
        .compose(
            refusal ->
                refusal != null
                    ? Future.succeededFuture(refusal)
                    : update(message, identity, deadline))
        .onSuccess(result -> ShAnswers.reply(message, answer(request, result)))
        .onFailure(failure -> ShAnswers.replyFailure(message, sh, failure));
  }

  private MessageBuilder answer(DiameterMessage request, ResultCode result) {
    MessageBuilder b = ShAnswers.answer(request, sh, result);
    return result == ResultCodes.DIAMETER_SUCCESS
        ? b.add(ShAvps.DATA_REFERENCE, ShDataReference.REPOSITORY_DATA.code())
        : b;
  }

  private Future<ResultCode> update(
      Message<DiameterMessage> message, ShUserIdentity identity, Deadline deadline) {
    DiameterMessage request = message.body();
    if (identity.malformed()) {
      return Future.succeededFuture(ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN);
    }
    return GrantedLookups.identify(sh, message, identity)
        .compose(
            lookup -> {
              ResultCode failure = ShAnswers.identityFailure(lookup.outcome());
              if (failure != null) {
                return Future.succeededFuture(failure);
              }
              List<RepositoryUpdate.Item> items =
                  RepositoryUpdate.parse(request.first(ShAvps.SH_USER_DATA).asOctets());
              if (items == null) {
                return Future.succeededFuture(
                    ResultCodes.Sh.DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED);
              }
              for (RepositoryUpdate.Item item : items) {
                if (item.serviceData() != null
                    && item.serviceData().getBytes(StandardCharsets.UTF_8).length
                        > sh.options().repositoryDataMaxBytes()) {
                  return Future.succeededFuture(ResultCodes.Sh.DIAMETER_ERROR_TOO_MUCH_DATA);
                }
              }
              return write(lookup.user().imsi(), identity.key(), items, 0, deadline);
            });
  }

  private Future<ResultCode> write(
      String imsi, String key, List<RepositoryUpdate.Item> items, int index, Deadline deadline) {
    if (index == items.size()) {
      return Future.succeededFuture(ResultCodes.DIAMETER_SUCCESS);
    }
    RepositoryUpdate.Item item = items.get(index);
    return sh.repository()
        .write(key, item.serviceIndication(), item.sequenceNumber(), item.serviceData(), deadline)
        .compose(
            written ->
                switch (written.write()) {
                  case OUT_OF_SYNC ->
                      Future.succeededFuture(
                          ResultCodes.Sh.DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC);
                  case UNKNOWN_IDENTITY ->
                      Future.succeededFuture(ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN);
                  case ABSENT -> write(imsi, key, items, index + 1, deadline);
                  case CREATED, UPDATED, DELETED -> {
                    sh.vertx()
                        .eventBus()
                        .publish(
                            ShDataChanged.ADDRESS,
                            new ShDataChanged(
                                imsi,
                                ShDataChanged.What.REPOSITORY_DATA,
                                key,
                                item.serviceIndication()));
                    yield write(imsi, key, items, index + 1, deadline);
                  }
                });
  }
}
