package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * The peers with an open connection, by Origin-Host compared case-insensitively, shared by every
 * Diameter server verticle.
 *
 * <p>Connections live on different event loops; the table itself only holds references and decides
 * admissions with single atomic map operations (no lock is held, nothing waits). Each connection's
 * state stays on its own event loop; {@link #request} hops onto it.
 */
public final class PeerTable {
  private final String localHost;
  private final ConcurrentHashMap<String, PeerLink> open = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, PeerLink> dialing = new ConcurrentHashMap<>();

  /** Told (from any thread) after a peer's connection opened or closed; never waits. */
  private volatile Runnable onChange = () -> {};

  public PeerTable(String localHost) {
    this.localHost = localHost;
  }

  /** Outcome of a capabilities exchange for a connection the peer opened. */
  enum Admission {
    ACCEPTED,
    DUPLICATE_REJECTED,
    ELECTION_LOST
  }

  /**
   * A peer's CER succeeded on a connection it opened. RFC 6733 §5.6.4: if this HSS is dialing the
   * same peer, the side with the higher Origin-Host wins the election and keeps the responder
   * connection. If the peer already has an open connection, RFC 6733 §5.6 (R-Open or I-Open +
   * R-Conn-CER → R-Reject) keeps it and rejects the new one. The name in a CER is only a claim (on
   * plain TCP nothing binds it to the sender), so neither a new Origin-State-Id nor a certificate
   * lets a newcomer displace a connection that still works: the open connection is asked with a DWR
   * ({@link LivenessProbe}) and only when it stays silent (the peer restarted behind a half-open
   * connection, RFC 3539 §3.4) is it closed and the newcomer admitted in its place.
   */
  Future<Admission> admitResponder(PeerLink link) {
    String key = key(link.peerHost());
    PeerLink ours = dialing.get(key);
    if (ours != null) {
      if (localHost.compareToIgnoreCase(link.peerHost()) <= 0) {
        return Future.succeededFuture(Admission.ELECTION_LOST);
      }
      dialing.remove(key, ours);
      ours.loseElection();
    }
    PeerLink existing = open.putIfAbsent(key, link);
    if (existing == null || existing == link) {
      onChange.run();
      return Future.succeededFuture(Admission.ACCEPTED);
    }
    return existing
        .probeFromAnyThread()
        .map(
            alive -> {
              if (alive) {
                return Admission.DUPLICATE_REJECTED;
              }
              boolean replaced =
                  open.replace(key, existing, link) || open.putIfAbsent(key, link) == null;
              onChange.run();
              return replaced ? Admission.ACCEPTED : Admission.DUPLICATE_REJECTED;
            });
  }

  /** This HSS sent a CER to {@code host}; remembered for the election. */
  void dialingStarted(String host, PeerLink link) {
    dialing.put(key(host), link);
  }

  /** The CEA to our CER was a success. */
  boolean admitInitiator(PeerLink link) {
    String key = key(link.peerHost());
    dialing.remove(key, link);
    boolean admitted = open.putIfAbsent(key, link) == null;
    if (admitted) {
      onChange.run();
    }
    return admitted;
  }

  void remove(PeerLink link) {
    if (link.peerHost() != null) {
      String key = key(link.peerHost());
      boolean wasOpen = open.remove(key, link);
      dialing.remove(key, link);
      if (wasOpen) {
        onChange.run();
      }
    }
  }

  /** The keys ({@link DiameterIdentity#key}) of the peers with an open connection now. */
  public List<String> openKeys() {
    return List.copyOf(open.keySet());
  }

  /**
   * {@code listener} runs, on whatever thread admitted or removed the connection, after each change
   * of the open set (the replica directory, docs/scale-out.md); it must not wait.
   */
  public void onChange(Runnable listener) {
    this.onChange = listener;
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

  /**
   * Every open connection and every one this HSS is dialing, each described by its own event loop
   * (RFC 6733 §5.6 state, applications, address, in-flight requests), ordered by Origin-Host. A
   * connection that closes meanwhile still answers with its last state; one whose loop does not
   * answer within two seconds is left out.
   */
  public Future<List<PeerSnapshot>> snapshot() {
    Set<PeerLink> links = new LinkedHashSet<>(open.values());
    links.addAll(dialing.values());
    List<Future<PeerSnapshot>> asked = links.stream().map(PeerLink::snapshotFromAnyThread).toList();
    // join: one connection that could not answer leaves the others listed
    return Future.join(asked)
        .transform(
            all ->
                Future.succeededFuture(
                    asked.stream()
                        .filter(Future::succeeded)
                        .map(Future::result)
                        .sorted(
                            Comparator.comparing(
                                (PeerSnapshot p) -> String.valueOf(p.originHost()),
                                String.CASE_INSENSITIVE_ORDER))
                        .toList()));
  }

  /** Sends DPR on every open connection (orderly shutdown, RFC 6733 §5.4). */
  public Future<Void> disconnectAll() {
    return Future.join(open.values().stream().map(PeerLink::disconnectFromAnyThread).toList())
        .mapEmpty();
  }

  /**
   * RFC 6733 §4.3.1: a DiameterIdentity is a DNS name, so MME1.example and mme1.example are one
   * peer.
   */
  private static String key(String host) {
    return DiameterIdentity.key(host);
  }
}
