package org.reactivehss.auth;

/** What authentication counts, bound to meters by the metrics module; the default counts nothing. */
public interface AuthEvents {
  AuthEvents NONE = new AuthEvents() {
  };

  /** {@code count} items of {@code kind} were issued (their SQNs are durable). */
  default void vectorsIssued(VectorKind kind, int count) {
  }

  /** An AUTS verified (MAC-S valid); SQN_HE is moved up to its floor. */
  default void resyncAccepted() {
  }

  /** An AUTS failed MAC-S verification; SQN_HE did not move. */
  default void resyncRefused() {
  }
}
