package org.reactivehss.store;

/**
 * An inclusive range of 15-digit IMSIs (TS 23.003 §2.2: MCC, MNC, MSIN, at most 15 digits), held as
 * numbers so that routing compares two longs and allocates nothing.
 */
public record ImsiRange(long first, long last) {
  /** Digits of every range bound and of every IMSI a range can hold. */
  public static final int DIGITS = 15;

  /** Parses "first-last", both 15 digits; null when the text is not of that form. */
  public static ImsiRange parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return null;
    }
    long first = number(text.substring(0, dash).trim());
    long last = number(text.substring(dash + 1).trim());
    return first < 0 || last < 0 ? null : new ImsiRange(first, last);
  }

  /**
   * The IMSI as a number, or -1 when it is not 15 digits (a shorter IMSI is in no range: the ranges
   * are written in 15 digits, and a 14-digit IMSI read as a number would fall into another's).
   */
  public static long number(String imsi) {
    if (imsi == null || imsi.length() != DIGITS) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < DIGITS; i++) {
      char c = imsi.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  public boolean overlaps(ImsiRange other) {
    return first <= other.last && other.first <= last;
  }

  @Override
  public String toString() {
    return String.format("%015d-%015d", first, last);
  }
}
