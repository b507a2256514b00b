package org.reactivehss.auth;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * RAND values (TS 33.102 §6.3.2: unpredictable 128-bit challenges) from one DRBG per thread, so
 * event loops never contend for a shared generator. Each thread draws a pool of octets at once and
 * hands out 16 at a time; no octet is handed out twice.
 */
final class RandSource {
  private static final int POOL_OCTETS = 16 * 64;
  private static final ThreadLocal<RandSource> PER_THREAD =
      ThreadLocal.withInitial(RandSource::new);

  private final SecureRandom random = newRandom();
  private final byte[] pool = new byte[POOL_OCTETS];
  private int next = POOL_OCTETS;

  private RandSource() {}

  /** A fresh 16-octet RAND. */
  static byte[] nextRand() {
    return PER_THREAD.get().take();
  }

  private byte[] take() {
    if (next == POOL_OCTETS) {
      random.nextBytes(pool);
      next = 0;
    }
    byte[] rand = new byte[16];
    System.arraycopy(pool, next, rand, 0, 16);
    next += 16;
    return rand;
  }

  private static SecureRandom newRandom() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }
}
