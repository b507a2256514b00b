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
  /** TS 33.102 §6.3.3: AUTS's MAC-S is computed with the dummy AMF 0000. */
  private static final byte[] RESYNC_AMF = {0, 0};

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

  /**
   * The Re-Synchronization-Info a USIM that refused the challenge of {@code rand} would send (TS
   * 33.102 §6.3.3, TS 29.272 §7.3.15): RAND || AUTS, AUTS = (SQN_MS xor AK*) || MAC-S, AK* =
   * f5*(RAND), MAC-S = f1*(SQN_MS, RAND, AMF 0000). Lets a load generator ask the HSS to resync to
   * an SQN_MS of its choosing.
   */
  public byte[] resynchronisationInfo(byte[] rand, long sqnMs) {
    if (rand.length != 16) {
      throw new IllegalArgumentException("RAND must be 16 octets");
    }
    byte[] sqn = Sqn.of(sqnMs).toBytes();
    byte[] akStar = algorithm.f5star(rand);
    byte[] out = new byte[30];
    System.arraycopy(rand, 0, out, 0, 16);
    for (int i = 0; i < 6; i++) {
      out[16 + i] = (byte) (sqn[i] ^ akStar[i]);
    }
    System.arraycopy(algorithm.f1star(rand, sqn, RESYNC_AMF), 0, out, 22, 8);
    return out;
  }
}
