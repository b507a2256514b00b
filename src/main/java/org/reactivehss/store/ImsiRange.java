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
    long first = bound(text.substring(0, dash).trim());
    long last = bound(text.substring(dash + 1).trim());
    return first < 0 || last < 0 ? null : new ImsiRange(first, last);
  }

  /**
   * The IMSI as a 15-digit number, or -1 when it is not 14 or 15 digits. A 14-digit IMSI (a 2-digit
   * MNC and a 9-digit MSIN, TS 23.003 §2.2) is read as if a 0 followed it, so it falls in the range
   * that holds its digits as a prefix: ranges are written in 15 digits and operators draw them
   * along MCC+MNC+MSIN prefixes; read as a plain number it would land in some other range.
   */
  public static long number(String imsi) {
    if (imsi == null || imsi.length() < DIGITS - 1) {
      return -1;
    }
    long n = digits(imsi);
    return n < 0 || imsi.length() == DIGITS ? n : n * 10;
  }

  /** A range bound: exactly 15 digits, or -1. */
  private static long bound(String text) {
    return text.length() == DIGITS ? digits(text) : -1;
  }

  private static long digits(String text) {
    if (text.length() > DIGITS) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
