package org.reactivehss.diameter.peer;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.HssRequestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the requests the HSS starts itself, for S6a (CLR, IDR, DSR; TS 29.272 §5.2.1.2, §5.2.2)
 * and Cx (RTR, PPR; TS 29.228 §6.1.3, §6.1.5), to a peer by Origin-Host over its open connection.
 *
 * <p>Each request is sent at most {@link HssRequestPolicy#attempts} times with a pause between, and
 * only again when it got no answer: the peer had no open connection (it dropped without DPR, or its
 * watchdog marked it down, RFC 3539 §3.4), the answer did not come within the request timeout, or
 * the answer was a protocol error (3xxx, RFC 6733 §7.1.3: another try may succeed). Any other
 * answer ends the request: success is {@code answered}, 4xxx/5xxx {@code refused}. The same bytes
 * (same Session-Id and End-to-End Identifier) go out each time, so a peer may detect duplicates
 * (RFC 6733 §3). Outcomes are counted and logged with the command and peer only; nothing on a
 * request path waits for them.
 *
 * <p>A peer with no open connection here is asked for through {@link RemotePeers}: another replica
 * of the HSS may hold it (docs/scale-out.md). Every application's requests take that path alike.
 */
public final class HssRequests {
  private static final Logger log = LoggerFactory.getLogger(HssRequests.class);

  private final Vertx vertx;
  private final PeerTable peers;
  private final HssMetrics metrics;
  private final HssRequestPolicy policy;
  private final RemotePeers remote;

  public HssRequests(Vertx vertx, PeerTable peers, HssMetrics metrics, HssRequestPolicy policy) {
    this(vertx, peers, metrics, policy, RemotePeers.NONE);
  }

  public HssRequests(
      Vertx vertx,
      PeerTable peers,
      HssMetrics metrics,
      HssRequestPolicy policy,
      RemotePeers remote) {
    this.vertx = vertx;
    this.peers = peers;
    this.metrics = metrics;
    this.policy = policy;
    this.remote = remote;
  }

  /**
   * Sends {@code request} (a {@code command} request) to {@code host}; completes with the final
   * answer.
   */
  public Future<DiameterMessage> send(CommandDef command, String host, byte[] request) {
    Promise<DiameterMessage> done = Promise.promise();
    attempt(command, host, request, 1, done);
    return done.future();
  }

  /**
   * Sends {@code request} once to {@code host} for a peer that waits on the answer (an AS's UDR
   * asking the serving MME for location or state, TS 29.328 §6.1.1.1): no second attempt, since the
   * asking request has a deadline of its own. Fails with {@link PeerTimeoutException} when no
   * answer came within {@code waitMs}, even if the connection's own request timeout is later; an
   * answer after that is dropped by the caller's having moved on.
   */
  public Future<DiameterMessage> sendOnce(
      CommandDef command, String host, byte[] request, long waitMs) {
    if (waitMs <= 0) {
      count(command, HssRequestOutcome.GAVE_UP);
      return Future.failedFuture(new PeerTimeoutException(0));
    }
    // timer and answer both settle on the caller's context: the AS's request is answered from
    // the event loop that took it, and the two cannot race
    Context caller = vertx.getOrCreateContext();
    Promise<DiameterMessage> done = Promise.promise();
    long timer =
        vertx.setTimer(
            waitMs,
            t -> {
              if (done.tryFail(new PeerTimeoutException(waitMs))) {
                count(command, HssRequestOutcome.GAVE_UP);
                log.warn(
                    "{} to {}: no answer within {} ms",
                    command.requestAbbreviation(),
                    LogSafe.text(host),
                    waitMs);
              }
            });
    deliver(host, request)
        .onComplete(ar -> caller.runOnContext(v -> settleOnce(command, host, ar, timer, done)));
    return done.future();
  }

  private void settleOnce(
      CommandDef command,
      String host,
      AsyncResult<DiameterMessage> ar,
      long timer,
      Promise<DiameterMessage> done) {
    vertx.cancelTimer(timer);
    boolean won = ar.succeeded() ? done.tryComplete(ar.result()) : done.tryFail(ar.cause());
    if (!won) {
      return; // the wait had ended: counted and logged there
    }
    boolean answered = ar.succeeded() && ar.result().resultCode() / 1000 == 2;
    if (!answered) {
      log.warn(
          "{} to {}: {}",
          command.requestAbbreviation(),
          LogSafe.text(host),
          ar.succeeded()
              ? "refused with " + ar.result().resultCode()
              : LogSafe.text(ar.cause().toString()));
    }
    count(
        command,
        answered
            ? HssRequestOutcome.ANSWERED
            : ar.succeeded() ? HssRequestOutcome.REFUSED : HssRequestOutcome.GAVE_UP);
  }

  private void attempt(
      CommandDef command, String host, byte[] request, int attempt, Promise<DiameterMessage> done) {
    deliver(host, request)
        .onComplete(
            ar -> {
              long code = ar.succeeded() ? ar.result().resultCode() : -1;
              if (ar.succeeded() && !isProtocolError(code)) {
                boolean success = code / 1000 == 2;
                count(command, success ? HssRequestOutcome.ANSWERED : HssRequestOutcome.REFUSED);
                if (success) {
                  log.info(
                      "{} to {}: answered {}",
                      command.requestAbbreviation(),
                      LogSafe.text(host),
                      code);
                } else {
                  log.warn(
                      "{} to {}: refused with {}",
                      command.requestAbbreviation(),
                      LogSafe.text(host),
                      code);
                }
                done.complete(ar.result());
                return;
              }
              String why = ar.succeeded() ? "answer " + code : LogSafe.text(ar.cause().toString());
              if (attempt < policy.attempts()) {
                metrics.hssRequestRetried(command.applicationId(), command.code());
                log.info(
                    "{} to {}: attempt {} of {} failed ({}), trying again in {} ms",
                    command.requestAbbreviation(),
                    LogSafe.text(host),
                    attempt,
                    policy.attempts(),
                    why,
                    policy.pauseMs());
                vertx.setTimer(
                    Math.max(1, policy.pauseMs()),
                    t -> attempt(command, host, request, attempt + 1, done));
              } else {
                count(command, HssRequestOutcome.GAVE_UP);
                log.warn(
                    "{} to {} not delivered after {} attempts: {}",
                    command.requestAbbreviation(),
                    LogSafe.text(host),
                    attempt,
                    why);
                done.fail(
                    ar.succeeded()
                        ? new IllegalStateException("last attempt: " + why)
                        : ar.cause());
              }
            });
  }

  /** Over this process's connection to {@code host}, else through the replica that holds one. */
  private Future<DiameterMessage> deliver(String host, byte[] request) {
    return peers
        .request(host, request)
        .recover(
            failure ->
                failure instanceof PeerUnavailableException
                    ? remote.request(host, request)
                    : Future.failedFuture(failure));
  }

  private void count(CommandDef command, HssRequestOutcome outcome) {
    metrics.hssRequest(command.applicationId(), command.code(), outcome);
  }

  private static boolean isProtocolError(long code) {
    return code >= 3000 && code < 4000;
  }
}
