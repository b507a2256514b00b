package org.reactivehss.auth;

/**
 * E-UTRAN authentication vector (TS 33.401 §6.1.2): the AVPs RAND (1447), XRES (1448), AUTN (1449)
 * and KASME (1450) of an E-UTRAN-Vector (TS 29.272 §7.3.18). {@code toString} shows no key
 * material.
 *
 * @param rand 16 octets
 * @param xres 8 octets for Milenage, 16 for the XOR test algorithm
 * @param autn 16 octets: (SQN xor AK) || AMF || MAC-A, AMF with the separation bit set
 * @param kasme 32 octets
 */
public record EutranVector(byte[] rand, byte[] xres, byte[] autn, byte[] kasme)
    implements AuthVector {
  @Override
  public String toString() {
    return "EutranVector[<redacted>]";
  }
}
