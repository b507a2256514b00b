package org.reactivehss.app.sh;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.Message;
import java.util.LinkedHashSet;
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

/**
 * User-Data-Request from an AS (Sh-Pull, TS 29.328 §6.1.1, TS 29.329 §6.1.1/§6.1.2). In the order
 * of §6.1.1.1: the AS must be allowed to read every Data-Reference it asks for (its permission
 * list, {@link ShPermissions}), else 5102 DIAMETER_ERROR_USER_DATA_CANNOT_BE_READ; then the user
 * (5001, 5002); then the data ({@link ShUserData}), answered with Sh-User-Data.
 *
 * <p>RepositoryData needs at least one Service-Indication and InitialFilterCriteria a Server-Name:
 * without them 5005 DIAMETER_MISSING_AVP naming the AVP; so do LocationInformation and UserState
 * without Requested-Domain (TS 29.328 §7.6.5, §7.6.6: the domain decides which node is asked).
 * Requested-Nodes and Current-Location shape the question to the serving MME ({@link
 * ServingMmeQuery}).
 */
final class UdrHandler implements Handler<Message<DiameterMessage>> {
  private final ShContext sh;

  UdrHandler(ShContext sh) {
    this.sh = sh;
  }

  @Override
  public void handle(Message<DiameterMessage> message) {
    DiameterMessage request = message.body();
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
    ShRead read = read(request, refs.references());
    if (refs.references().contains(ShDataReference.REPOSITORY_DATA)
        && read.serviceIndications().isEmpty()) {
      ShAnswers.replyMissing(message, sh, ShAvps.SERVICE_INDICATION);
      return;
    }
    if (refs.references().contains(ShDataReference.INITIAL_FILTER_CRITERIA)
        && read.serverName() == null) {
      ShAnswers.replyMissing(message, sh, CxAvps.SERVER_NAME);
      return;
    }
    if ((refs.references().contains(ShDataReference.LOCATION_INFORMATION)
            || refs.references().contains(ShDataReference.USER_STATE))
        && read.requestedDomain() == null) {
      ShAnswers.replyMissing(message, sh, ShAvps.REQUESTED_DOMAIN);
      return;
    }
    Deadline deadline = DiameterBus.deadline(request);
    ShPermissions.check(sh, request, ShPermissions.Operation.READ, refs.references(), deadline)
        .compose(
            refusal ->
                refusal != null
                    ? Future.succeededFuture(ShAnswers.answer(request, sh, refusal))
                    : answer(message, identity, read, deadline))
        .onSuccess(answer -> ShAnswers.reply(message, answer))
        .onFailure(failure -> ShAnswers.replyFailure(message, sh, failure));
  }

  static ShRead read(DiameterMessage request, List<ShDataReference> references) {
    Set<String> indications = new LinkedHashSet<>();
    for (Avp si : request.all(ShAvps.SERVICE_INDICATION)) {
      indications.add(si.asUtf8());
    }
    Set<Integer> sets = new LinkedHashSet<>();
    for (Avp set : request.all(ShAvps.IDENTITY_SET)) {
      sets.add(set.asEnumerated());
    }
    Avp serverName = request.first(CxAvps.SERVER_NAME);
    Avp domain = request.first(ShAvps.REQUESTED_DOMAIN);
    Avp nodes = request.first(ShAvps.REQUESTED_NODES);
    Avp current = request.first(ShAvps.CURRENT_LOCATION);
    return new ShRead(
        references,
        List.copyOf(indications),
        sets,
        serverName == null ? null : serverName.asUtf8(),
        domain == null ? null : domain.asEnumerated(),
        nodes == null ? null : nodes.asUnsigned32(),
        current != null && current.asEnumerated() == ShRead.INITIATE_ACTIVE_LOCATION_RETRIEVAL);
  }

  private Future<MessageBuilder> answer(
      Message<DiameterMessage> message, ShUserIdentity identity, ShRead read, Deadline deadline) {
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
              return ShUserData.compose(sh, lookup.user(), identity, read, deadline)
                  .map(
                      composed ->
                          composed.refusal() != null
                              ? ShAnswers.answer(request, sh, composed.refusal())
                              : ShAnswers.withUserData(request, sh, composed.shData()));
            });
  }

  /** The AS named in the request: its Origin-Host (the key of its permission list). */
  static String originHost(DiameterMessage request) {
    return request.first(BaseAvps.ORIGIN_HOST).asUtf8();
  }
}
