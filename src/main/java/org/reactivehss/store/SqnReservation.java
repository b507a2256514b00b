package org.reactivehss.store;

/**
 * SQNs reserved durably for one request: {@code firstSqn}, {@code firstSqn + 1}, ... (mod 2^48),
 * {@code count} of them, with the keys read in the same statement.
 */
public record SqnReservation(SubscriberKeys keys, long firstSqn, int count) {}
