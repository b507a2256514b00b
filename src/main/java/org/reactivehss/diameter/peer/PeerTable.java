package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * The peers with an open connection, by Origin-Host, shared by every Diameter server verticle.
 *
 * <p>Connections live on different event loops; the table itself only holds references and decides
 * admissions with single atomic map operations (no lock is held, nothing waits). Each connection's
 * state stays on its own event loop; {@link #request} hops onto it.
 */
public final class PeerTable {
  private final String localHost;
  private final ConcurrentHashMap<String, PeerLink> open = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PeerLink> dialing = new ConcurrentHashMap<>();

  public PeerTable(String localHost) {
    this.localHost = localHost;
  }

  /** Outcome of a capabilities exchange for a connection the peer opened. */
  enum Admission { ACCEPTED, DUPLICATE_REJECTED, ELECTION_LOST }

  /**
   * A peer's CER succeeded on a connection it opened. RFC 6733 §5.6.4: if this HSS is dialing the
   * same peer, the side with the higher Origin-Host wins the election and keeps the responder
   * connection. If the peer already has an open connection, the new one is rejected (§5.6,
   * R-Open + R-Conn-CER → R-Reject) unless its Origin-State-Id changed: then the peer restarted
   * (§8.16), the old connection is dead, and the new one replaces it.
   */
  Admission admitResponder(PeerLink link) {
    String key = key(link.peerHost());
    PeerLink ours = dialing.get(key);
    if (ours != null) {
      if (localHost.compareToIgnoreCase(link.peerHost()) <= 0) {
        return Admission.ELECTION_LOST;
      }
      dialing.remove(key, ours);
      ours.loseElection();
    }
    PeerLink[] replaced = new PeerLink[1];
    PeerLink winner = open.compute(key, (k, existing) -> {
      if (existing == null || existing == link) {
        return link;
      }
      if (existing.peerOriginStateId() >= 0 && link.peerOriginStateId() >= 0
          && existing.peerOriginStateId() != link.peerOriginStateId()) {
        replaced[0] = existing;
        return link;
      }
      return existing;
    });
    if (replaced[0] != null) {
      replaced[0].replacedByRestart();
    }
    return winner == link ? Admission.ACCEPTED : Admission.DUPLICATE_REJECTED;
  }

  /** This HSS sent a CER to {@code host}; remembered for the election. */
  void dialingStarted(String host, PeerLink link) {
    dialing.put(key(host), link);
  }

  /** The CEA to our CER was a success. */
  boolean admitInitiator(PeerLink link) {
    String key = key(link.peerHost());
    dialing.remove(key, link);
    return open.putIfAbsent(key, link) == null;
  }

  void remove(PeerLink link) {
    if (link.peerHost() != null) {
      String key = key(link.peerHost());
      open.remove(key, link);
      dialing.remove(key, link);
    }
  }

  public boolean isOpen(String host) {
    return open.containsKey(key(host));
  }

  public int openCount() {
    return open.size();
  }

  /**
   * Sends an HSS-initiated request (CLR, IDR, RTR ...) over the open connection to {@code host} and
   * completes with its answer; fails at once when no connection is open.
   */
  public Future<DiameterMessage> request(String host, byte[] request) {
    PeerLink link = open.get(key(host));
    if (link == null) {
      return Future.failedFuture(new PeerUnavailableException(host));
    }
    Promise<DiameterMessage> promise = Promise.promise();
    link.context().runOnContext(v -> link.sendRequest(request, promise));
    return promise.future();
  }

  /** Sends DPR on every open connection (orderly shutdown, RFC 6733 §5.4). */
  public Future<Void> disconnectAll() {
    return Future.join(open.values().stream().map(PeerLink::disconnectFromAnyThread).toList()).mapEmpty();
  }

  private static String key(String host) {
    return host.toLowerCase(Locale.ROOT);
  }
}
