package org.reactivehss.store;

import org.reactivehss.events.SubscriberChanged;

/**
 * What became of one subscriber of a batch ({@link SubscriberRepository#putSealed}): written, with
 * its change to publish, or not written at all, with the reason (as {@link
 * SubscriberRepository#put} would have failed).
 */
public record SubscriberOutcome(SubscriberChanged change, Throwable failure) {
  static SubscriberOutcome written(SubscriberChanged change) {
    return new SubscriberOutcome(change, null);
  }

  static SubscriberOutcome failed(Throwable failure) {
    return new SubscriberOutcome(null, failure);
  }
}
