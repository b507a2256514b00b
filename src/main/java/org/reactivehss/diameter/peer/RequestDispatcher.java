package org.reactivehss.diameter.peer;

import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Hands application requests of an open connection to their handlers on the event bus and turns
 * every outcome into an answer: the handler's answer, or an error answer when the bus fails —
 * never silence (DESIGN.md §3).
 *
 * <ul>
 *   <li>no handler registered for the command: 3001 DIAMETER_COMMAND_UNSUPPORTED (RFC 6733 §7.1.3)</li>
 *   <li>no answer within the request timeout: 3004 DIAMETER_TOO_BUSY (§7.1.3: the HSS cannot serve
 *       it now; the client may retry elsewhere)</li>
 *   <li>the handler failed with a Diameter Result-Code: that code</li>
 *   <li>anything else: 5012 DIAMETER_UNABLE_TO_COMPLY (§7.1.5)</li>
 * </ul>
 */
final class RequestDispatcher {
  private final Vertx vertx;
  private final DeliveryOptions options;

  RequestDispatcher(Vertx vertx, long requestTimeoutMs) {
    this.vertx = vertx;
    this.options = new DeliveryOptions().setSendTimeout(requestTimeoutMs);
  }

  void dispatch(DiameterMessage request, PeerLink from) {
    vertx.eventBus().<DiameterAnswer>request(
            DiameterBus.address(request.applicationId(), request.commandCode()), request, options)
        .onComplete(ar -> from.sendAnswer(request, ar.succeeded() ? ar.result().body().bytes() : null,
            ar.succeeded() ? null : problemFor(ar)));
  }

  private static DecodeProblem problemFor(AsyncResult<Message<DiameterAnswer>> ar) {
    if (ar.cause() instanceof ReplyException re) {
      switch (re.failureType()) {
        case NO_HANDLERS:
          return DecodeProblem.of(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, null, "command not served");
        case TIMEOUT:
          return DecodeProblem.of(ResultCodes.DIAMETER_TOO_BUSY, null, "request timed out inside the HSS");
        case RECIPIENT_FAILURE:
          int code = re.failureCode();
          if (code >= 3000 && code < 6000) {
            return new DecodeProblem(code, null, re.getMessage());
          }
          break;
        default:
          break;
      }
    }
    return DecodeProblem.of(ResultCodes.DIAMETER_UNABLE_TO_COMPLY, null, "request could not be served");
  }
}
