package org.reactivehss.auth;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The two primitives of a vector, per provider (benchmarks/jmh-crypto.sh): the JDK's (SunJCE, whose
 * AES and SHA-256 the HotSpot JIT replaces with AES-NI and SHA intrinsics) against Bouncy Castle's
 * lightweight engines (pure Java). Each operation is what one E-UTRAN vector costs in that
 * primitive:
 *
 * <ul>
 *   <li>AES: key the cipher with a new subscriber's K, then 6 blocks (Milenage TEMP and OUT1..OUT5,
 *       TS 35.206 §4.1);
 *   <li>HMAC-SHA-256: key with CK || IK, one 14-octet S (KASME, TS 33.401 A.2).
 * </ul>
 *
 * {@link #sameOutputs} checks once that both providers compute the same bytes, so a fast wrong
 * engine cannot win.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CryptoProviderBenchmark {
  private static final int KEYS = 1024;

  private final byte[][] keys = new byte[KEYS][];
  private final byte[][] kasmeKeys = new byte[KEYS][];
  private final byte[] block = new byte[16];
  private final byte[] s = new byte[14];
  private final byte[] mac = new byte[32];
  private Cipher jdkAes;
  private Mac jdkHmac;
  private BlockCipher bcAes;
  private HMac bcHmac;
  private int next;

  @Setup
  public void sameOutputs() throws GeneralSecurityException {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < KEYS; i++) {
      keys[i] = new byte[16];
      kasmeKeys[i] = new byte[32];
      random.nextBytes(keys[i]);
      random.nextBytes(kasmeKeys[i]);
    }
    random.nextBytes(block);
    random.nextBytes(s);
    jdkAes = Cipher.getInstance("AES/ECB/NoPadding");
    jdkHmac = Mac.getInstance("HmacSHA256");
    bcAes = AESEngine.newInstance();
    bcHmac = new HMac(SHA256Digest.newInstance());
    byte[] start = block.clone();
    byte[] jdk = jdkAesVector().clone();
    System.arraycopy(start, 0, block, 0, 16);
    next--;
    byte[] bc = bcAesVector().clone();
    byte[] jdkMac = jdkKasme().clone();
    next--;
    byte[] bcMac = bcKasme().clone();
    if (!Arrays.equals(jdk, bc) || !Arrays.equals(jdkMac, bcMac)) {
      throw new IllegalStateException(
          "the providers disagree: the benchmark would compare nothing");
    }
  }

  private int nextKey() {
    next = (next + 1) & (KEYS - 1);
    return next;
  }

  @Benchmark
  public byte[] jdkAesVector() throws GeneralSecurityException {
    jdkAes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys[nextKey()], "AES"));
    for (int i = 0; i < 6; i++) {
      jdkAes.doFinal(block, 0, 16, block, 0);
    }
    return block;
  }

  @Benchmark
  public byte[] bcAesVector() {
    bcAes.init(true, new KeyParameter(keys[nextKey()]));
    for (int i = 0; i < 6; i++) {
      bcAes.processBlock(block, 0, block, 0);
    }
    return block;
  }

  @Benchmark
  public byte[] jdkKasme() throws GeneralSecurityException {
    jdkHmac.init(new SecretKeySpec(kasmeKeys[nextKey()], "HmacSHA256"));
    jdkHmac.update(s);
    jdkHmac.doFinal(mac, 0);
    return mac;
  }

  @Benchmark
  public byte[] bcKasme() {
    bcHmac.init(new KeyParameter(kasmeKeys[nextKey()]));
    bcHmac.update(s, 0, s.length);
    bcHmac.doFinal(mac, 0);
    return mac;
  }
}
