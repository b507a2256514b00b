package org.reactivehss.auth;

import org.reactivehss.metrics.HssMetrics;

/**
 * What authentication counts; {@link #countedBy} binds it to meters, the default counts nothing.
 */
public interface AuthEvents {
  AuthEvents NONE = new AuthEvents() {};

  /** These events counted on {@code metrics}. */
  static AuthEvents countedBy(HssMetrics metrics) {
    return new MeteredAuthEvents(metrics);
  }

  /** {@code count} items of {@code kind} were issued (their SQNs are durable). */
  default void vectorsIssued(VectorKind kind, int count) {}

  /** An AUTS verified (MAC-S valid); SQN_HE is moved up to its floor. */
  default void resyncAccepted() {}

  /** An AUTS failed MAC-S verification; SQN_HE did not move. */
  default void resyncRefused() {}
}
