package org.reactivehss.diameter.peer;

import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import org.reactivehss.bus.Deadline;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.metrics.BusTarget;
import org.reactivehss.metrics.HssMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands application requests of an open connection to their handlers on the event bus and turns
 * every outcome into an answer: the handler's answer, or an error answer when the bus fails — never
 * silence.
 *
 * <ul>
 *   <li>no handler registered for the command: 3001 DIAMETER_COMMAND_UNSUPPORTED (RFC 6733 §7.1.3)
 *   <li>no answer by the request's deadline (arrival + request timeout): 3004 DIAMETER_TOO_BUSY
 *       (§7.1.3: the HSS cannot serve it now; the client may retry elsewhere)
 *   <li>the handler failed instead of answering (a defect: handlers answer every failure
 *       themselves, from their application's outcome table): 5012 DIAMETER_UNABLE_TO_COMPLY
 *       (§7.1.5)
 * </ul>
 *
 * These are the only answers the peer layer builds for application requests, besides the checks
 * before dispatch (3xxx, 5xxx from the dictionary) and the in-flight limit (3004).
 *
 * <p>The one place where answers to application requests are measured (result, latency) and where
 * handler bus timeouts are counted; {@link PeerLink} counts every request on arrival and measures
 * the answers it builds itself (base protocol, failed checks).
 */
final class RequestDispatcher {
  private static final Logger log = LoggerFactory.getLogger(RequestDispatcher.class);
  private final Vertx vertx;
  private final long requestTimeoutNanos;
  private final HssMetrics metrics;

  RequestDispatcher(Vertx vertx, long requestTimeoutMs, HssMetrics metrics) {
    this.vertx = vertx;
    this.requestTimeoutNanos = requestTimeoutMs * 1_000_000;
    this.metrics = metrics;
  }

  /**
   * Sends the request to its handler; {@code arrivedNanos} is when the request came off the wire,
   * so that the measured latency covers the checks before dispatch too. Handlers are picked
   * round-robin across event loops, not on this connection's loop (unlike the hops behind them,
   * {@link org.reactivehss.bus.LoopAffinity}): all traffic may come over one or two connections
   * from a Diameter routing agent, and it must still use every core. The peer's {@link ImsiRange}
   * goes with the request, for handlers that find the subscriber's IMSI only by a lookup.
   */
  void dispatch(DiameterMessage request, PeerLink from, long arrivedNanos) {
    // the one deadline of this request (docs/architecture.md "Deadline"): every hop inside works
    // within
    // it, and the bus reply timer below is the one that answers 3004 when it passes
    Deadline deadline = Deadline.atNanos(arrivedNanos + requestTimeoutNanos);
    vertx
        .eventBus()
        .<DiameterAnswer>request(
            DiameterBus.address(request.applicationId(), request.commandCode()),
            request.withDeadline(deadline.atNanos()),
            from.imsiRange().carriedBy(deadline.sendOptions()))
        .onComplete(
            ar -> {
              if (ar.succeeded()) {
                DiameterAnswer answer = ar.result().body();
                from.sendAnswer(request, answer.bytes(), null);
                DiameterAnswer measured = answer.withOutcome();
                answered(
                    request,
                    from,
                    measured.resultCode(),
                    measured.experimentalResult(),
                    arrivedNanos);
              } else {
                DecodeProblem problem = problemFor(ar);
                from.sendAnswer(request, null, problem);
                answered(request, from, problem.resultCode(), false, arrivedNanos);
              }
            });
  }

  /**
   * Measures the answer; logs it at DEBUG when it is not a success (DEBUG only: a misbehaving peer
   * can make every request fail, and must not flood the log).
   */
  private void answered(
      DiameterMessage request, PeerLink from, long code, boolean experimental, long arrivedNanos) {
    metrics.diameterAnswer(
        request.applicationId(),
        request.commandCode(),
        code,
        experimental,
        System.nanoTime() - arrivedNanos);
    if (code / 1000 != 2 && log.isDebugEnabled()) {
      CommandDef command = Commands.byCode(request.applicationId(), request.commandCode());
      log.atDebug()
          .addKeyValue("peer", LogSafe.text(from.peerHost()))
          .addKeyValue(
              "command", command == null ? request.commandCode() : command.requestAbbreviation())
          .addKeyValue("result", code)
          .addKeyValue("experimental", experimental)
          .log(
              "answered {} with {}",
              command == null ? request.commandCode() : command.requestAbbreviation(),
              code);
    }
  }

  private DecodeProblem problemFor(AsyncResult<Message<DiameterAnswer>> ar) {
    if (ar.cause() instanceof ReplyException re) {
      switch (re.failureType()) {
        case NO_HANDLERS:
          return DecodeProblem.of(
              ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, null, "command not served");
        case TIMEOUT:
          metrics.busTimeout(BusTarget.DIAMETER_HANDLER);
          return DecodeProblem.of(
              ResultCodes.DIAMETER_TOO_BUSY, null, "request timed out inside the HSS");
        default:
          break;
      }
    }
    return DecodeProblem.of(
        ResultCodes.DIAMETER_UNABLE_TO_COMPLY, null, "request could not be served");
  }
}
