package org.reactivehss.store;

import java.util.List;

/**
 * A subscriber as Sh sees it (TS 29.328 §7.6): the MSISDN, the serving MME S6a recorded (null when
 * none, or when it purged the user), and the IMS subscription (null when the subscriber has none).
 */
public record ShUser(
    String imsi,
    String msisdn,
    String servingMmeHost,
    String servingMmeRealm,
    ImsSubscription ims) {

  /** How the identities of a request resolved (TS 29.328 §6.1.1.1: 5001, 5002). */
  public enum Outcome {
    FOUND,
    UNKNOWN,
    IDENTITIES_DONT_MATCH
  }

  /** The outcome of a lookup: the user only when {@link Outcome#FOUND}. */
  public record Lookup(Outcome outcome, ShUser user) {
    static Lookup unknown() {
      return new Lookup(Outcome.UNKNOWN, null);
    }
  }

  /** The public identities of the IMS subscription, none without one. */
  public List<ImsSubscription.PublicIdentity> publicIdentities() {
    return ims == null ? List.of() : ims.publicIdentities();
  }
}
