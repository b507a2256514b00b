package org.reactivehss.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * A 48-bit sequence number SQN = SEQ (43 bits) || IND (5 bits), TS 33.102 Annex C.1.1.
 *
 * <pre>
 *   bit 47                                  5 4       0
 *   +----------------------------------------+---------+
 *   |                SEQ                     |   IND   |
 *   +----------------------------------------+---------+
 * </pre>
 *
 * <p>Our policy (docs/sqn.md): SQN_HE is one counter holding the last SQN issued, and vector k
 * (1..n) of a batch gets SQN_HE + k (mod 2^48). IND therefore cycles through the 32 slots of the
 * USIM's array (Annex C.2.2) and SEQ advances once every 32 vectors: the vectors of one batch (n <=
 * 32) sit in distinct slots and may be used in any order, and every slot sees strictly increasing
 * SEQ.
 */
public record Sqn(long value) {
  /** SQN arithmetic is modulo 2^48. */
  public static final long MODULUS = 1L << 48;

  /** IND length in bits (TS 33.102 C.3.2 suggests 5) and the number of USIM array slots. */
  public static final int IND_BITS = 5;

  public static final int IND_SLOTS = 1 << IND_BITS;
  private static final long IND_MASK = IND_SLOTS - 1;

  public Sqn {
    if (value < 0 || value >= MODULUS) {
      throw new IllegalArgumentException("SQN must be in [0, 2^48), was " + value);
    }
  }

  public static Sqn of(long value) {
    return new Sqn(value);
  }

  /** Reads 6 big-endian octets, as SQN travels in AUTN and AUTS. */
  public static Sqn fromBytes(byte[] octets) {
    long v = 0;
    for (int i = 0; i < 6; i++) {
      v = (v << 8) | (octets[i] & 0xff);
    }
    return new Sqn(v);
  }

  public byte[] toBytes() {
    byte[] octets = new byte[6];
    for (int i = 0; i < 6; i++) {
      octets[i] = (byte) (value >>> (40 - 8 * i));
    }
    return octets;
  }

  public long seq() {
    return value >>> IND_BITS;
  }

  public int ind() {
    return (int) (value & IND_MASK);
  }

  /** This SQN plus {@code k}, wrapping at 2^48. */
  public Sqn plus(long k) {
    return new Sqn(Math.floorMod(value + k, MODULUS));
  }

  /** Taking this as SQN_HE, the SQNs of the next {@code n} vectors: SQN_HE + 1 .. SQN_HE + n. */
  public List<Sqn> next(int n) {
    List<Sqn> sqns = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      sqns.add(plus(k));
    }
    return sqns;
  }

  /**
   * Taking this as a verified SQN_MS from AUTS, the value SQN_HE must reach: SEQ_MS || 11111, so
   * the next SQN issued (this + 1) has SEQ = SEQ_MS + 1 and IND = 0. SQN_MS is the highest SQN the
   * USIM accepted anywhere in its array (C.2.2), so SEQ_MS + 1 is fresh in every slot.
   */
  public Sqn resyncFloor() {
    return new Sqn(value | IND_MASK);
  }

  /**
   * The "SEQ + 1 with a given IND" step of libosmocore (next = ((SQN + 32) & ~31) + IND). Not our
   * issuing policy; kept so the tests can check published post-resync SQN lists against it.
   */
  public Sqn nextSeqWithInd(int ind) {
    if (ind < 0 || ind >= IND_SLOTS) {
      throw new IllegalArgumentException("IND must be in [0, 32), was " + ind);
    }
    return new Sqn(Math.floorMod(((value + IND_SLOTS) & ~IND_MASK) + ind, MODULUS));
  }
}
