package org.reactivehss.auth;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A USIM as TS 33.102 §6.3.3 and Annex C describe it, for tests: verifies MAC-A, then checks SQN
 * freshness against an array of a = 32 SEQ values indexed by IND (C.2.2) with the wrap-around limit
 * Δ = 2^28 (C.2.1, C.3.2; the optional age limit L is not modelled). On a stale SQN it answers AUTS
 * built from SQN_MS, the highest SQN accepted anywhere in the array.
 */
public final class UsimModel {
  static final long DELTA = 1L << 28;
  private static final byte[] RESYNC_AMF = {0, 0};

  public sealed interface Outcome permits Accepted, SyncFailure, MacFailure {}

  public record Accepted(byte[] res, Sqn sqn) implements Outcome {}

  public record SyncFailure(byte[] randAndAuts) implements Outcome {}

  public record MacFailure() implements Outcome {}

  private final AkaAlgorithm algorithm;
  private final long[] seqMs = new long[Sqn.IND_SLOTS];

  UsimModel(AkaAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  /**
   * A USIM holding these keys (algorithm "milenage" or "xor"; one of op/opc null), fresh from the
   * factory.
   */
  public static UsimModel of(String algorithm, byte[] k, byte[] op, byte[] opc) {
    return new UsimModel(
        AkaAlgorithm.forSubscriber(
            new org.reactivehss.store.SubscriberKeys(
                "usim", algorithm, k, op, opc, new byte[2], 0)));
  }

  /** The USIM's answer to AUTHENTICATE(RAND, AUTN). */
  public Outcome authenticate(byte[] rand, byte[] autn) {
    byte[] ak = algorithm.challenge(rand, new byte[6], RESYNC_AMF).ak(); // f5 depends on RAND only
    byte[] sqnOctets = new byte[6];
    for (int i = 0; i < 6; i++) {
      sqnOctets[i] = (byte) (autn[i] ^ ak[i]);
    }
    byte[] amf = Arrays.copyOfRange(autn, 6, 8);
    Challenge c = algorithm.challenge(rand, sqnOctets, amf);
    if (!MessageDigest.isEqual(c.macA(), Arrays.copyOfRange(autn, 8, 16))) {
      return new MacFailure();
    }
    Sqn sqn = Sqn.fromBytes(sqnOctets);
    boolean withinDelta = sqn.seq() - highestAccepted().seq() <= DELTA;
    if (!withinDelta || sqn.seq() <= seqMs[sqn.ind()]) {
      return new SyncFailure(auts(rand));
    }
    seqMs[sqn.ind()] = sqn.seq();
    return new Accepted(c.xres(), sqn);
  }

  /**
   * CK || IK the USIM derives for RAND (f3, f4 of TS 33.102 §6.3.3 depend on K and RAND only), for
   * tests that recompute keys derived from them, such as KASME.
   */
  public byte[] ckIk(byte[] rand) {
    Challenge c = algorithm.challenge(rand, new byte[6], RESYNC_AMF);
    byte[] out = new byte[32];
    System.arraycopy(c.ck(), 0, out, 0, 16);
    System.arraycopy(c.ik(), 0, out, 16, 16);
    return out;
  }

  /** SQN_MS = SEQ_MS || IND_MS: the highest SQN accepted anywhere in the array (C.2.2). */
  public Sqn highestAccepted() {
    int best = 0;
    for (int i = 1; i < seqMs.length; i++) {
      if (seqMs[i] >= seqMs[best]) {
        best = i;
      }
    }
    return Sqn.of((seqMs[best] << Sqn.IND_BITS) | best);
  }

  /**
   * Puts the USIM where it would be after accepting every SQN up to {@code sqn} in order, as if
   * another HSS (or a restored backup of this one) had been issuing vectors.
   */
  public void acceptedEverySqnUpTo(Sqn sqn) {
    for (int i = 0; i < seqMs.length; i++) {
      long seq = i <= sqn.ind() ? sqn.seq() : sqn.seq() - 1;
      seqMs[i] = Math.max(seqMs[i], Math.max(seq, 0));
    }
  }

  /** RAND || AUTS with AUTS = (SQN_MS xor AK*) || MAC-S, MAC-S = f1*(SQN_MS, RAND, AMF 0000). */
  private byte[] auts(byte[] rand) {
    byte[] sqnMs = highestAccepted().toBytes();
    byte[] akStar = algorithm.f5star(rand);
    byte[] out = new byte[30];
    System.arraycopy(rand, 0, out, 0, 16);
    for (int i = 0; i < 6; i++) {
      out[16 + i] = (byte) (sqnMs[i] ^ akStar[i]);
    }
    System.arraycopy(algorithm.f1star(rand, sqnMs, RESYNC_AMF), 0, out, 22, 8);
    return out;
  }
}
