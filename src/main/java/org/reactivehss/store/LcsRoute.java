package org.reactivehss.store;

import java.util.function.Predicate;

/**
 * What the HSS knows for routing a location request to a subscriber (TS 29.173 §5.2.1.2): who the
 * identities of a request name, and where that subscriber is served.
 *
 * @param outcome whether the identities name exactly one subscriber
 * @param imsi the subscriber's IMSI (null unless FOUND)
 * @param msisdn the subscriber's MSISDN, digits; null when FOUND for a subscriber without one
 * @param mmeHost the Diameter identity of the serving MME (the Origin-Host of its last accepted
 *     Update-Location); null when none is registered or it purged the UE
 * @param mmeRealm the realm of that MME
 */
public record LcsRoute(
    Outcome outcome, String imsi, String msisdn, String mmeHost, String mmeRealm) {

  /** The identities' answer in the order TS 29.173 §5.2.1.2 checks them. */
  public enum Outcome {
    /** Exactly one subscriber, and both identities (when both were given) name it. */
    FOUND,
    /** No subscriber has the IMSI, or none the MSISDN. */
    UNKNOWN,
    /** The IMSI's subscriber has another MSISDN (step 2a: DIAMETER_CONTRADICTING_AVPS). */
    CONTRADICTING,
    /** The MSISDN alone was given and more than one subscriber is provisioned with it. */
    AMBIGUOUS
  }

  static final LcsRoute UNKNOWN = new LcsRoute(Outcome.UNKNOWN, null, null, null, null);
  static final LcsRoute AMBIGUOUS = new LcsRoute(Outcome.AMBIGUOUS, null, null, null, null);

  /** The IMSI's subscriber, whose MSISDN is not the one asked for (its IMSI kept for ranges). */
  static LcsRoute contradicting(String imsi) {
    return new LcsRoute(Outcome.CONTRADICTING, imsi, null, null, null);
  }

  /** Whether a serving node is registered for the subscriber (step 3). */
  public boolean served() {
    return mmeHost != null;
  }

  /**
   * This route as a peer restricted to IMSI prefixes may see it: a subscriber outside them is
   * unknown, and so is a contradiction about one (else the answer would tell that its IMSI exists);
   * an ambiguous MSISDN names subscribers whose IMSIs were not read, so it is unknown too.
   */
  public LcsRoute seenBy(Predicate<String> imsiInRange) {
    return switch (outcome) {
      case FOUND, CONTRADICTING -> imsiInRange.test(imsi) ? this : UNKNOWN;
      case AMBIGUOUS -> UNKNOWN;
      case UNKNOWN -> this;
    };
  }
}
