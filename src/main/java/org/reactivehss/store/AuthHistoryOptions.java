package org.reactivehss.store;

/**
 * How much authentication history each subscriber keeps (docs/sqn.md "Auth history").
 *
 * @param enabled whether resyncs and refused AUTS are recorded at all; off, {@link AuthEventLog} is
 *     not written (what the same-run benchmark of its cost compares against)
 * @param maxPerSubscriber the newest events kept per subscriber (older ones are deleted when a new
 *     one is written)
 * @param maxAgeDays events older than this are deleted when the subscriber's next event is written
 */
public record AuthHistoryOptions(boolean enabled, int maxPerSubscriber, int maxAgeDays) {
  public static final AuthHistoryOptions DEFAULTS = new AuthHistoryOptions(true, 100, 90);

  public AuthHistoryOptions {
    if (maxPerSubscriber < 1 || maxAgeDays < 1) {
      throw new IllegalArgumentException("auth history bounds must be at least 1");
    }
  }
}
