package org.reactivehss.app.s6a;

/**
 * TBCD digits (TS 29.002 §17.7.8, used by the MSISDN AVP, TS 29.329 §6.3.2): two digits per octet,
 * the first in the low nibble, an odd count padded with 0xF in the last high nibble.
 */
final class Tbcd {
  private Tbcd() {}

  static byte[] encode(String digits) {
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
