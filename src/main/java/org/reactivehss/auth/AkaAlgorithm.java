package org.reactivehss.auth;

import java.util.Locale;
import org.reactivehss.store.SubscriberKeys;

/**
 * The authentication functions f1..f5, f1*, f5* of TS 33.102 §6.3.2 / §6.3.3 for one subscriber's
 * key. Implementations are immutable (K, OPc) and take the calling thread's {@code Cipher} for each
 * call, so one instance may be used from any thread.
 */
interface AkaAlgorithm {

  /** f1 (MAC-A), f2 (XRES), f3 (CK), f4 (IK), f5 (AK) for one challenge, computed together. */
  Challenge challenge(byte[] rand, byte[] sqn, byte[] amf);

  /** f1*: MAC-S over SQN_MS and AMF (TS 33.102 §6.3.3 uses AMF = 0000 for AUTS). */
  byte[] f1star(byte[] rand, byte[] sqn, byte[] amf);

  /** f5*: the resynchronisation anonymity key AK* (6 octets). */
  byte[] f5star(byte[] rand);

  /**
   * Picks the subscriber's algorithm: "milenage" (TS 35.206, OPc derived from OP when OP was
   * provisioned) or "xor" (the TS 34.108 §8.1.2 test algorithm of test USIMs).
   *
   * @throws IllegalArgumentException when the algorithm is unknown or a key has the wrong length
   *     (the message names the field, never its value)
   */
  static AkaAlgorithm forSubscriber(SubscriberKeys keys) {
    requireLength("k", keys.k(), 16);
    String algorithm =
        keys.algorithm() == null ? "milenage" : keys.algorithm().toLowerCase(Locale.ROOT);
    switch (algorithm) {
      case "milenage":
        if (keys.opc() != null) {
          requireLength("opc", keys.opc(), 16);
          return new Milenage(keys.k(), keys.opc());
        }
        requireLength("op", keys.op(), 16);
        return new Milenage(keys.k(), Milenage.opcFromOp(keys.k(), keys.op()));
      case "xor":
        return new Xor34108(keys.k());
      default:
        throw new IllegalArgumentException("unknown authentication algorithm " + algorithm);
    }
  }

  private static void requireLength(String field, byte[] value, int length) {
    if (value == null || value.length != length) {
      throw new IllegalArgumentException(field + " must be " + length + " octets");
    }
  }
}
