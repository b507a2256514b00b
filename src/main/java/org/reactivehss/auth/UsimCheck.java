package org.reactivehss.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import org.reactivehss.store.SubscriberKeys;

/**
 * The USIM's side of one challenge (TS 33.102 §6.3.3) for tools that must check what the HSS sent
 * without trusting it, such as the load generator's failover audit: recovers SQN = (SQN xor AK) xor
 * f5(RAND) from AUTN and accepts it only when MAC-A matches. No freshness rule is applied, so a
 * repeated SQN stays visible to the caller.
 */
public final class UsimCheck {
  private final AkaAlgorithm algorithm;

  private UsimCheck(AkaAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  /** A Milenage USIM with this K and OPc (16 octets each). */
  public static UsimCheck milenage(byte[] k, byte[] opc) {
    return new UsimCheck(
        AkaAlgorithm.forSubscriber(new SubscriberKeys("usim", "milenage", k, null, opc, null, 0)));
  }

  /** The SQN (48 bits) that AUTN carries for RAND, or -1 when its MAC-A is not the USIM's. */
  public long verifiedSqn(byte[] rand, byte[] autn) {
    if (rand.length != 16 || autn.length != 16) {
      return -1;
    }
    // f5 depends on K and RAND only, so any SQN and AMF give the AK
    byte[] ak = algorithm.challenge(rand, new byte[6], new byte[2]).ak();
    byte[] sqn = new byte[6];
    for (int i = 0; i < 6; i++) {
      sqn[i] = (byte) (autn[i] ^ ak[i]);
    }
    Challenge c = algorithm.challenge(rand, sqn, Arrays.copyOfRange(autn, 6, 8));
    if (!MessageDigest.isEqual(c.macA(), Arrays.copyOfRange(autn, 8, 16))) {
      return -1;
    }
    long value = 0;
    for (byte b : sqn) {
      value = (value << 8) | (b & 0xff);
    }
    return value;
  }
}
