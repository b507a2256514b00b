package org.reactivehss.replica;

import io.vertx.core.AsyncResult;
import java.util.UUID;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.diameter.peer.PeerTimeoutException;
import org.reactivehss.diameter.peer.PeerUnavailableException;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.RelayResult;
import org.reactivehss.metrics.RelayRole;
import org.reactivehss.store.RelayedRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The holding side: takes a request meant for this replica (once: the claim is one atomic update),
 * sends it over the peer's connection here, and writes the answer back for the sender. It tries
 * once: the sender's {@code HssRequests} decides on another attempt, and counts the outcome.
 */
final class RelayHolder {
  private static final Logger log = LoggerFactory.getLogger(RelayHolder.class);

  private final RelayedRequests relayed;
  private final PeerTable peers;
  private final String replica;
  private final HssMetrics metrics;

  RelayHolder(RelayedRequests relayed, PeerTable peers, String replica, HssMetrics metrics) {
    this.relayed = relayed;
    this.peers = peers;
    this.replica = replica;
    this.metrics = metrics;
  }

  void serve(UUID id) {
    relayed
        .claim(id, replica)
        .onSuccess(
            claimed -> {
              if (claimed != null) {
                peers
                    .request(claimed.peerHost(), claimed.request())
                    .onComplete(ar -> reply(id, ar));
              }
            })
        .onFailure(f -> log.warn("claiming relayed request failed: {}", f.toString()));
  }

  /** Requests whose notice this replica may have missed (its LISTEN connection was away). */
  void sweep() {
    relayed
        .unclaimed(replica)
        .onSuccess(ids -> ids.forEach(this::serve))
        .onFailure(f -> log.debug("looking for unclaimed relayed requests: {}", f.toString()));
  }

  private void reply(UUID id, AsyncResult<DiameterMessage> ar) {
    String outcome;
    RelayResult counted;
    byte[] answer = null;
    if (ar.succeeded()) {
      outcome = RelayOutcome.ANSWERED;
      counted = RelayResult.ANSWERED;
      answer = ar.result().bytes();
    } else if (ar.cause() instanceof PeerUnavailableException) {
      outcome = RelayOutcome.UNAVAILABLE;
      counted = RelayResult.UNAVAILABLE;
    } else if (ar.cause() instanceof PeerTimeoutException) {
      outcome = RelayOutcome.TIMEOUT;
      counted = RelayResult.TIMEOUT;
    } else {
      outcome = RelayOutcome.FAILED;
      counted = RelayResult.FAILED;
    }
    metrics.relayed(RelayRole.SERVED, counted);
    relayed
        .answer(id, outcome, answer)
        .onFailure(f -> log.warn("writing back a relayed answer failed: {}", f.toString()));
  }
}
