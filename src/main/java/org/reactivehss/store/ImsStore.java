package org.reactivehss.store;

import io.vertx.core.Future;
import org.reactivehss.bus.Deadline;

/**
 * Cx state: identity lookups and the S-CSCF assignment / registration-state changes of TS 29.228
 * §6.1.2 and §6.3. {@link PgImsStore} is one database's; {@link PartitionedImsStore} finds the
 * subscriber's partition (docs/scale-out.md). Failures arrive as {@link
 * org.reactivehss.failure.HssFailure}; the calls a Diameter request makes take its {@link Deadline}
 * and fail with TIMED_OUT once it passed.
 */
public interface ImsStore {

  /** A request naming both identities (UAR, MAR, SAR); {@code impu} may be null. */
  Future<ImsLookup> byIdentities(String impi, String impu, Deadline deadline);

  /** A request naming the public identity only (LIR, SAR without User-Name). */
  Future<ImsLookup> byPublicIdentity(String impu, Deadline deadline);

  /** MAR: remember the S-CSCF that is authenticating the user (TS 29.228 §6.3.1). */
  Future<Void> storeAuthenticatingServer(String imsi, String serverName, Deadline deadline);

  /**
   * SAR: the whole implicit registration set takes {@code state}; {@code scscfName} null clears it.
   */
  Future<Void> assign(String imsi, RegistrationState state, String scscfName, Deadline deadline);

  /** SAR AUTHENTICATION_FAILURE / _TIMEOUT: forget an S-CSCF name that only a MAR had stored. */
  Future<Void> abandonPendingAuthentication(String imsi, Deadline deadline);

  /**
   * Administrative deregistration: every IMPU not registered, no S-CSCF. Completes with the IMPI
   * and the S-CSCF that was assigned (to send it RTR), or null when the subscriber has no IMS
   * subscription.
   */
  Future<Deregistered> deregister(String imsi);

  /** What {@link #deregister} changed: the IMPI and the S-CSCF that had it (null when none). */
  record Deregistered(String impi, String scscfName) {}
}
