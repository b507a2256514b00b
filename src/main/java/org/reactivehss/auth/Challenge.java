package org.reactivehss.auth;

/**
 * Outputs of one AKA challenge (TS 33.102 §6.3.2): MAC-A = f1, XRES = f2, CK = f3, IK = f4, AK =
 * f5. Holds key material, so {@link #toString()} shows none of it.
 */
record Challenge(byte[] macA, byte[] xres, byte[] ck, byte[] ik, byte[] ak) {
  @Override
  public String toString() {
    return "Challenge[<redacted>]";
  }
}
