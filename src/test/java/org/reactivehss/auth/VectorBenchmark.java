package org.reactivehss.auth;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reactivehss.store.SubscriberKeys;

/**
 * Vector generation per core (run with one thread, benchmarks/jmh-vectors.sh). Each operation
 * serves a different subscriber of 1024 (so each pays Cipher keying and OPc handling), draws a
 * fresh RAND and computes one item: E-UTRAN with KASME (5 AES blocks + HMAC-SHA-256) or an IMS AKA
 * item (5 AES blocks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VectorBenchmark {
  private static final int SUBSCRIBERS = 1024;
  private static final byte[] PLMN = {0x02, (byte) 0xf8, 0x59};

  private SubscriberKeys[] subscribers;
  private int next;
  private long sqn;

  @Setup
  public void provision() {
    SplittableRandom random = new SplittableRandom(42);
    subscribers = new SubscriberKeys[SUBSCRIBERS];
    for (int i = 0; i < SUBSCRIBERS; i++) {
      byte[] k = new byte[16];
      byte[] opc = new byte[16];
      random.nextBytes(k);
      random.nextBytes(opc);
      subscribers[i] =
          new SubscriberKeys(
              String.format("00101%010d", i),
              "milenage",
              k,
              null,
              opc,
              new byte[] {(byte) 0x80, 0x00},
              0);
    }
  }

  private SubscriberKeys nextSubscriber() {
    next = (next + 1) & (SUBSCRIBERS - 1);
    return subscribers[next];
  }

  private Sqn nextSqn(int n) {
    Sqn first = Sqn.of(sqn + 1);
    sqn = (sqn + n) & (Sqn.MODULUS - 1);
    return first;
  }

  @Benchmark
  public List<AuthVector> eutranVectorWithKasme() {
    return AuthVectors.build(nextSubscriber(), VectorKind.EUTRAN, nextSqn(1), 1, PLMN);
  }

  @Benchmark
  @OperationsPerInvocation(5)
  public List<AuthVector> eutranBatchOfFivePerVector() {
    return AuthVectors.build(nextSubscriber(), VectorKind.EUTRAN, nextSqn(5), 5, PLMN);
  }

  @Benchmark
  public List<AuthVector> imsAkaItem() {
    return AuthVectors.build(nextSubscriber(), VectorKind.IMS, nextSqn(1), 1, null);
  }
}
