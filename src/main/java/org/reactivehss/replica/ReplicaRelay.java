package org.reactivehss.replica;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.Optional;
import java.util.UUID;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.diameter.peer.RemotePeers;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.store.RelayedRequests;
import org.reactivehss.store.ReplicaDirectory;
import org.reactivehss.store.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HSS-initiated requests across replicas through PostgreSQL (docs/scale-out.md): announces the
 * peers this replica holds, listens on its own channel, and sends for the others ({@link
 * RelayHolder}) and through the others ({@link RelaySender}). One instance; everything it keeps
 * lives on its context.
 */
public final class ReplicaRelay extends VerticleBase implements RemotePeers {
  private static final Logger log = LoggerFactory.getLogger(ReplicaRelay.class);

  private final ReplicaOptions options;
  private final PeerTable peers;
  private final Storage storage;
  private final ReplicaDirectory directory;
  private final RelayedRequests relayed;
  private final long answerWaitMs;
  private final HssMetrics metrics;
  private RelaySender sender;
  private RelayHolder holder;
  private PgSubscriber subscriber;
  private long beat = -1;
  private boolean announcing;
  private boolean announceAgain;

  /** {@code requestTimeoutMs}: the Diameter request timeout the holder's connection applies. */
  public ReplicaRelay(
      ReplicaOptions options,
      PeerTable peers,
      Storage storage,
      long requestTimeoutMs,
      HssMetrics metrics) {
    this.options = options;
    this.peers = peers;
    this.storage = storage;
    this.directory = new ReplicaDirectory(storage);
    this.relayed = new RelayedRequests(storage);
    this.answerWaitMs = requestTimeoutMs + options.relayMarginMs();
    this.metrics = metrics;
  }

  @Override
  public Future<?> start() {
    sender = new RelaySender(vertx, context, relayed, options, answerWaitMs, metrics);
    holder = new RelayHolder(relayed, peers, options.id(), metrics);
    subscriber = storage.subscriber(options.heartbeatMs());
    subscriber
        .channel(RelayedRequests.channelOf(options.id()))
        .handler(notice -> context.runOnContext(v -> onNotice(notice)))
        // on every (re)subscription: notices sent while the connection was away are lost
        .subscribeHandler(v -> context.runOnContext(x -> holder.sweep()));
    peers.onChange(() -> context.runOnContext(v -> announce()));
    return subscriber
        .connect()
        .compose(v -> announceNow())
        .onSuccess(
            v -> {
              beat = vertx.setPeriodic(options.heartbeatMs(), t -> heartbeat());
              log.info(
                  "replica {}: relaying HSS-initiated requests through the database", options.id());
            });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(beat);
    peers.onChange(() -> {});
    // best effort: the pool may already be closing; a replica that did not leave goes stale
    return directory
        .leave(options.id())
        .recover(failure -> Future.succeededFuture())
        .transform(v -> subscriber.close());
  }

  @Override
  public Future<DiameterMessage> request(String host, byte[] request) {
    return sender.request(host, request);
  }

  private void onNotice(String notice) {
    if (notice.startsWith(RelayedRequests.REQUEST)) {
      id(notice, RelayedRequests.REQUEST.length()).ifPresent(holder::serve);
    } else if (notice.startsWith(RelayedRequests.ANSWER)) {
      id(notice, RelayedRequests.ANSWER.length()).ifPresent(sender::answered);
    }
  }

  private static Optional<UUID> id(String notice, int from) {
    try {
      return Optional.of(UUID.fromString(notice.substring(from)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void heartbeat() {
    announce();
    holder.sweep();
    relayed.removeExpired().onFailure(f -> log.debug("removing expired relayed requests: {}", f));
  }

  /** One announcement at a time; a change during one is announced right after it. */
  private void announce() {
    if (announcing) {
      announceAgain = true;
      return;
    }
    announceNow()
        .onFailure(
            f ->
                log.warn(
                    "replica {}: announcing its peers failed: {}", options.id(), f.toString()));
  }

  private Future<Void> announceNow() {
    announcing = true;
    announceAgain = false;
    return directory
        .announce(options.id(), peers.openKeys(), options.staleMs())
        .onSuccess(metrics::replicasKnown)
        .<Void>mapEmpty()
        .onComplete(
            ar -> {
              announcing = false;
              if (announceAgain) {
                announce();
              }
            });
  }
}
