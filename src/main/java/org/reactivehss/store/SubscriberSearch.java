package org.reactivehss.store;

/**
 * "Starts with {@code prefix}" on one identity of a subscriber, as an index range: every string
 * that starts with the prefix lies in [prefix, {@link #upperBound}) in byte order (UTF-8 keeps code
 * point order, so the prefix with its last code point raised by one bounds them all).
 */
public record SubscriberSearch(Field field, String prefix) {
  /** The identities searched: the IMSI, the MSISDN and the IMS public identities (IMPU). */
  public enum Field {
    IMSI,
    MSISDN,
    IMPU
  }

  public SubscriberSearch {
    if (prefix == null || prefix.isEmpty()) {
      throw new IllegalArgumentException("an empty prefix is no search");
    }
  }

  String upperBound() {
    int last = prefix.codePointBefore(prefix.length());
    String head = prefix.substring(0, prefix.length() - Character.charCount(last));
    return head + new String(Character.toChars(last + 1));
  }
}
