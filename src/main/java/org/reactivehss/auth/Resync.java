package org.reactivehss.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * Verifies a re-synchronisation request (TS 33.102 §6.3.3 and §6.3.5):
 *
 * <pre>
 *   RAND (16) || AUTS (14),  AUTS = (SQN_MS xor AK*) (6) || MAC-S (8)
 *   AK* = f5*(K, RAND)        SQN_MS = AUTS[0..5] xor AK*
 *   MAC-S must equal f1*(K, SQN_MS, RAND, AMF = 0000)
 * </pre>
 *
 * RAND is the one of the challenge the USIM rejected, as carried in Re-Synchronization-Info (S6a)
 * or SIP-Authorization (Cx).
 */
final class Resync {
  static final int RAND_AND_AUTS_OCTETS = 30;
  private static final byte[] RESYNC_AMF = {0, 0};

  private Resync() {}

  /** SQN_MS when MAC-S is valid, empty otherwise (compared in constant time). */
  static Optional<Sqn> verifiedSqnMs(AkaAlgorithm algorithm, byte[] randAndAuts) {
    if (randAndAuts.length != RAND_AND_AUTS_OCTETS) {
      throw new IllegalArgumentException("RAND||AUTS must be 30 octets");
    }
    byte[] rand = Arrays.copyOfRange(randAndAuts, 0, 16);
    byte[] akStar = algorithm.f5star(rand);
    byte[] sqnMs = new byte[6];
    for (int i = 0; i < 6; i++) {
      sqnMs[i] = (byte) (randAndAuts[16 + i] ^ akStar[i]);
    }
    byte[] expectedMacS = algorithm.f1star(rand, sqnMs, RESYNC_AMF);
    byte[] macS = Arrays.copyOfRange(randAndAuts, 22, 30);
    return MessageDigest.isEqual(expectedMacS, macS)
        ? Optional.of(Sqn.fromBytes(sqnMs))
        : Optional.empty();
  }
}
