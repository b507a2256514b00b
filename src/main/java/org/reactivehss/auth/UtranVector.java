package org.reactivehss.auth;

/**
 * UTRAN/GERAN authentication quintuplet (TS 33.102 §6.3.2): the AVPs RAND, XRES, AUTN,
 * Confidentiality-Key and Integrity-Key of a UTRAN-Vector (TS 29.272 §7.3.19). {@code toString}
 * shows no key material.
 */
public record UtranVector(byte[] rand, byte[] xres, byte[] autn, byte[] ck, byte[] ik)
    implements AuthVector {
  @Override
  public String toString() {
    return "UtranVector[<redacted>]";
  }
}
