package org.reactivehss.replica;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * {@code replica.*}: how this HSS process finds the others on the same database
 * (docs/scale-out.md).
 *
 * @param id this replica's stable name (e.g. the Kubernetes pod name), unique among the replicas;
 *     empty until {@link #named()}
 * @param relay hand requests for peers held by another replica to it; off, a peer not connected
 *     here is unreachable (one HSS process, or replicas that must not depend on each other)
 * @param heartbeatMs how often the replica announces itself and the peers it holds; a replica
 *     silent for {@link #staleMs} counts as gone
 * @param relayMarginMs how much longer than the Diameter request timeout a sender waits for the
 *     holder's answer (the database round trips and notices on the way)
 */
public record ReplicaOptions(String id, boolean relay, long heartbeatMs, long relayMarginMs) {
  public static final long DEFAULT_HEARTBEAT_MS = 2_000;
  public static final long DEFAULT_RELAY_MARGIN_MS = 2_000;

  /** Three heartbeats missed: long enough for one slow commit, short against an MME's Tc. */
  public long staleMs() {
    return 3 * heartbeatMs;
  }

  /**
   * These options with an id: the configured one, or else the host name (the pod name under
   * Kubernetes) and a random suffix, so that two processes on one host differ and a restarted
   * process is a new replica (its old rows go stale).
   */
  public ReplicaOptions named() {
    if (!id.isEmpty()) {
      return this;
    }
    String host = System.getenv().getOrDefault("HOSTNAME", "hss");
    String prefix = host.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,89}") ? host : "hss";
    byte[] suffix = new byte[4];
    new SecureRandom().nextBytes(suffix);
    return new ReplicaOptions(
        prefix + "-" + HexFormat.of().formatHex(suffix), relay, heartbeatMs, relayMarginMs);
  }
}
