package org.reactivehss.replica;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.peer.PeerTimeoutException;
import org.reactivehss.diameter.peer.PeerUnavailableException;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.RelayResult;
import org.reactivehss.metrics.RelayRole;
import org.reactivehss.store.RelayedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending side: stores a request for the replica that holds its peer and waits for the answer
 * notice, at most {@code answerWaitMs}. Whatever goes wrong ends as a local connection would end:
 * no live holder (or no database) is {@link PeerUnavailableException}, no answer in time is {@link
 * PeerTimeoutException}; the caller's retries do the rest. Runs on the relay's context only.
 */
final class RelaySender {
  private static final Logger log = LoggerFactory.getLogger(RelaySender.class);

  private final Vertx vertx;
  private final Context context;
  private final RelayedRequests relayed;
  private final ReplicaOptions options;
  private final long answerWaitMs;
  private final HssMetrics metrics;
  private final Map<UUID, Waiting> waiting = new HashMap<>();

  RelaySender(
      Vertx vertx,
      Context context,
      RelayedRequests relayed,
      ReplicaOptions options,
      long answerWaitMs,
      HssMetrics metrics) {
    this.vertx = vertx;
    this.context = context;
    this.relayed = relayed;
    this.options = options;
    this.answerWaitMs = answerWaitMs;
    this.metrics = metrics;
  }

  /** From any thread. */
  Future<DiameterMessage> request(String host, byte[] request) {
    Promise<DiameterMessage> done = Promise.promise();
    context.runOnContext(v -> submit(host, request, done));
    return done.future();
  }

  private void submit(String host, byte[] request, Promise<DiameterMessage> done) {
    // the id is ours before the row exists, so an answer can never arrive for an unknown id
    UUID id = UUID.randomUUID();
    long timer = vertx.setTimer(answerWaitMs, t -> expire(id, host));
    waiting.put(id, new Waiting(done, timer));
    relayed
        .submit(
            id,
            options.id(),
            host,
            DiameterIdentity.key(host),
            request,
            answerWaitMs,
            options.staleMs())
        .onComplete(
            ar ->
                context.runOnContext(
                    v -> {
                      if (ar.failed()) {
                        log.warn(
                            "relaying to {}: database failed: {}",
                            LogSafe.text(host),
                            ar.cause().toString());
                        settle(
                            id,
                            Future.failedFuture(new PeerUnavailableException(host)),
                            RelayResult.FAILED);
                      } else if (ar.result() == null) {
                        settle(
                            id,
                            Future.failedFuture(new PeerUnavailableException(host)),
                            RelayResult.NO_HOLDER);
                      } else {
                        log.debug("{} relayed to replica {}", LogSafe.text(host), ar.result());
                      }
                    }));
  }

  /** The holder wrote its outcome: take the row (removing it) and end the wait. */
  void answered(UUID id) {
    if (!waiting.containsKey(id)) {
      return; // given up already; the row went with it
    }
    relayed
        .take(id)
        .onComplete(
            ar ->
                context.runOnContext(
                    v -> {
                      if (ar.failed() || ar.result() == null) {
                        return; // the wait ends at its deadline
                      }
                      Future<DiameterMessage> result = outcome(id, ar.result());
                      settle(id, result, counted(ar.result().outcome(), result));
                    }));
  }

  private Future<DiameterMessage> outcome(UUID id, RelayedRequests.Outcome outcome) {
    return switch (outcome.outcome()) {
      case RelayOutcome.ANSWERED -> {
        DecodeResult decoded = DiameterMessage.parse(outcome.answer());
        yield decoded instanceof DiameterMessage answer
            ? Future.succeededFuture(answer)
            : Future.failedFuture(new IllegalStateException("relayed answer does not decode"));
      }
      case RelayOutcome.UNAVAILABLE ->
          Future.failedFuture(new PeerUnavailableException("peer of relayed request " + id));
      case RelayOutcome.TIMEOUT -> Future.failedFuture(new PeerTimeoutException(answerWaitMs));
      default -> Future.failedFuture(new IllegalStateException("relayed request failed"));
    };
  }

  private static RelayResult counted(String outcome, Future<DiameterMessage> result) {
    return switch (outcome) {
      case RelayOutcome.ANSWERED -> result.succeeded() ? RelayResult.ANSWERED : RelayResult.FAILED;
      case RelayOutcome.UNAVAILABLE -> RelayResult.UNAVAILABLE;
      case RelayOutcome.TIMEOUT -> RelayResult.TIMEOUT;
      default -> RelayResult.FAILED;
    };
  }

  /** No answer in time: the holder died, the database failed over, or the peer is slow. */
  private void expire(UUID id, String host) {
    if (settle(
        id, Future.failedFuture(new PeerTimeoutException(answerWaitMs)), RelayResult.NO_REPLY)) {
      log.warn("relayed request to {}: no answer within {} ms", LogSafe.text(host), answerWaitMs);
      // remove the row so that a holder that comes late does not send it any more
      relayed.take(id).onFailure(f -> log.debug("removing relayed request: {}", f.toString()));
    }
  }

  private boolean settle(UUID id, Future<DiameterMessage> result, RelayResult counted) {
    Waiting w = waiting.remove(id);
    if (w == null) {
      return false;
    }
    vertx.cancelTimer(w.timer);
    metrics.relayed(RelayRole.SENT, counted);
    w.done.handle(result);
    return true;
  }

  private record Waiting(Promise<DiameterMessage> done, long timer) {}
}
