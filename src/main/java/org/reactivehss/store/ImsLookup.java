package org.reactivehss.store;

import java.util.List;
import java.util.function.Predicate;

/**
 * The outcome of resolving a Cx request's identities (TS 29.228 §6.1, §6.3): the subscription, or
 * why there is none.
 *
 * @param subscription present only when {@code outcome} is {@link Outcome#FOUND}
 * @param imsis the subscribers the identities were found to belong to: the one of a FOUND
 *     subscription, the IMPI's and the IMPU's owners when they do not match, none when unknown
 */
public record ImsLookup(Outcome outcome, ImsSubscription subscription, List<String> imsis) {

  public enum Outcome {
    FOUND,
    /**
     * The IMPI or the IMPU is not provisioned: Experimental-Result 5001
     * DIAMETER_ERROR_USER_UNKNOWN.
     */
    UNKNOWN,
    /**
     * Both are known but belong to different subscribers: 5002
     * DIAMETER_ERROR_IDENTITIES_DONT_MATCH.
     */
    IDENTITIES_DONT_MATCH,
    /**
     * An identity belongs to a subscriber the asking peer may not ask about (its IMSI prefixes):
     * answered as {@link #UNKNOWN}, so that the peer learns nothing of identities outside its
     * range.
     */
    OUTSIDE_RANGE
  }

  public ImsLookup {
    imsis = List.copyOf(imsis);
  }

  static ImsLookup found(ImsSubscription subscription) {
    return new ImsLookup(Outcome.FOUND, subscription, List.of(subscription.imsi()));
  }

  static ImsLookup unknown() {
    return new ImsLookup(Outcome.UNKNOWN, null, List.of());
  }

  static ImsLookup mismatch(String impiOwner, String impuOwner) {
    return new ImsLookup(Outcome.IDENTITIES_DONT_MATCH, null, List.of(impiOwner, impuOwner));
  }

  /**
   * This lookup as a peer allowed only the IMSIs {@code granted} accepts may see it: {@link
   * Outcome#OUTSIDE_RANGE} when any subscriber the identities belong to is outside, itself
   * otherwise.
   */
  public ImsLookup seenBy(Predicate<String> granted) {
    return imsis.stream().allMatch(granted)
        ? this
        : new ImsLookup(Outcome.OUTSIDE_RANGE, null, List.of());
  }
}
