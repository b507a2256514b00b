package org.reactivehss.app.s6a;

/**
 * The home PLMN of a subscriber, derived from its IMSI: MCC (3 digits) then MNC (2 or 3 digits, TS
 * 23.003 §2.2), with one MNC length for the whole HSS ({@link S6aOptions#homeMncLength}), as an HSS
 * serves one operator's IMSI range. Encoded as a PLMN-Id (TS 29.272 §7.3.9, TS 24.008 §10.5.1.13):
 *
 * <pre>
 *   octet 1: MCC digit 2 | MCC digit 1
 *   octet 2: MNC digit 3 | MCC digit 3      (MNC digit 3 = 0xF for a two-digit MNC)
 *   octet 3: MNC digit 2 | MNC digit 1
 * </pre>
 */
final class HomePlmn {
  private HomePlmn() {}

  static byte[] of(String imsi, int mncLength) {
    int[] d = new int[6];
    for (int i = 0; i < 3 + mncLength; i++) {
      d[i] = imsi.charAt(i) - '0';
    }
    int mnc3 = mncLength == 3 ? d[5] : 0xf;
    return new byte[] {
      (byte) (d[1] << 4 | d[0]), (byte) (mnc3 << 4 | d[2]), (byte) (d[4] << 4 | d[3])
    };
  }
}
