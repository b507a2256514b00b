package org.reactivehss.store;

/**
 * The outcome of resolving a Cx request's identities (TS 29.228 §6.1, §6.3): the subscription, or
 * why there is none.
 *
 * @param subscription present only when {@code outcome} is {@link Outcome#FOUND}
 */
public record ImsLookup(Outcome outcome, ImsSubscription subscription) {

  public enum Outcome {
    FOUND,
    /** The IMPI or the IMPU is not provisioned: Experimental-Result 5001 DIAMETER_ERROR_USER_UNKNOWN. */
    UNKNOWN,
    /** Both are known but belong to different subscribers: 5002 DIAMETER_ERROR_IDENTITIES_DONT_MATCH. */
    IDENTITIES_DONT_MATCH
  }

  static ImsLookup found(ImsSubscription subscription) {
    return new ImsLookup(Outcome.FOUND, subscription);
  }

  static ImsLookup of(Outcome outcome) {
    return new ImsLookup(outcome, null);
  }
}
