package org.reactivehss.identity;

/**
 * The MSISDN AVP's value (TS 29.329 §6.3.2, used by SLh as TS 29.173 §6.4.1 imports it): an E.164
 * number in international format, as TBCD digits (TS 29.002 §17.7.8): two digits per octet, the
 * first in the low nibble, an odd count padded with 0xF in the last high nibble. The HSS stores it
 * as 1 to 15 decimal digits (the provisioning API's rule, TS 23.003 §3.3: at most 15 digits).
 */
public final class Msisdn {
  static final int MAX_DIGITS = 15;

  private Msisdn() {}

  /** The digits of {@code tbcd}, or null when it holds no valid MSISDN. */
  public static String decode(byte[] tbcd) {
    if (tbcd.length == 0 || tbcd.length > (MAX_DIGITS + 1) / 2) {
      return null;
    }
    StringBuilder digits = new StringBuilder(tbcd.length * 2);
    for (int i = 0; i < tbcd.length; i++) {
      int low = tbcd[i] & 0x0f;
      int high = (tbcd[i] >> 4) & 0x0f;
      if (low > 9) {
        return null;
      }
      digits.append((char) ('0' + low));
      boolean last = i == tbcd.length - 1;
      if (high == 0x0f && last) {
        break;
      }
      if (high > 9) {
        return null;
      }
      digits.append((char) ('0' + high));
    }
    return digits.length() <= MAX_DIGITS ? digits.toString() : null;
  }

  public static byte[] encode(String digits) {
    byte[] out = new byte[(digits.length() + 1) / 2];
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      out[i / 2] |= (byte) (i % 2 == 0 ? d : d << 4);
    }
    if (digits.length() % 2 == 1) {
      out[out.length - 1] |= (byte) 0xf0;
    }
    return out;
  }
}
