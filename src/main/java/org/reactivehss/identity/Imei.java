package org.reactivehss.identity;

import java.util.regex.Pattern;

/**
 * The IMEI as the EIR keys it (TS 23.003 §6.2): TAC (8 digits) + SNR (6 digits) identify the
 * equipment. What follows them is not part of the identity: the 15th digit is the Check Digit or,
 * as sent by the MS, a spare 0 (§6.2.1: "the Check Digit is not part of the digits transmitted when
 * the IMEI is checked"), and 16 digits are an IMEISV, whose last two are the software version
 * (§6.2.2). So 14, 15 and 16 digits are accepted and the first 14 are the key; the Luhn check digit
 * is not verified, since a spare 0 in its place is legal.
 */
public final class Imei {
  private static final Pattern FORM = Pattern.compile("[0-9]{14,16}");
  private static final Pattern TAC = Pattern.compile("[0-9]{8}");

  /** TAC + SNR. */
  public static final int KEY_DIGITS = 14;

  /** The Type Allocation Code. */
  public static final int TAC_DIGITS = 8;

  private Imei() {}

  /** The 14-digit key of {@code text}, or null when it is not an IMEI or IMEISV. */
  public static String key(String text) {
    return text != null && FORM.matcher(text).matches() ? text.substring(0, KEY_DIGITS) : null;
  }

  public static boolean isTac(String text) {
    return text != null && TAC.matcher(text).matches();
  }
}
