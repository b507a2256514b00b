package org.reactivehss.store;

/**
 * How much authentication history each subscriber keeps (docs/sqn.md "Auth history").
 *
 * @param maxPerSubscriber the newest events kept per subscriber (older ones are deleted when a new
 *     one is written)
 * @param maxAgeDays events older than this are deleted when the subscriber's next event is written
 */
public record AuthHistoryOptions(int maxPerSubscriber, int maxAgeDays) {
  public static final AuthHistoryOptions DEFAULTS = new AuthHistoryOptions(100, 90);

  public AuthHistoryOptions {
    if (maxPerSubscriber < 1 || maxAgeDays < 1) {
      throw new IllegalArgumentException("auth history bounds must be at least 1");
    }
  }
}
