package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.reactivehss.auth.AkaRoundTrip.Issued;
import org.reactivehss.auth.UsimModel.Accepted;
import org.reactivehss.auth.UsimModel.Outcome;
import org.reactivehss.auth.UsimModel.SyncFailure;
import org.reactivehss.failure.FailureKind;

/**
 * Our SQN policy against a USIM written from TS 33.102 Annex C, with the real Milenage, random
 * keys, random starting SQN_HE (from 31, the first SQN_HE whose successor has SEQ >= 1) and every
 * vector kind.
 */
class UsimPropertiesTest {
  private static final long MAX_START = 1L << 44;

  @Property(tries = 100)
  void everyIssuedVectorIsAcceptedOnceAndOnlyOnce(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll VectorKind kind,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 32) Integer> batches) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, kind);
    List<Issued> issued = new ArrayList<>();
    for (int n : batches) {
      issued.addAll(bench.issue(n));
    }

    for (Issued vector : issued) {
      Outcome first = bench.usim.authenticate(vector.rand(), vector.autn());
      assertThat(first).isInstanceOf(Accepted.class);
      assertThat(((Accepted) first).res()).isEqualTo(vector.xres());
    }
    for (Issued vector : issued) {
      assertThat(bench.usim.authenticate(vector.rand(), vector.autn()))
          .isInstanceOf(SyncFailure.class);
    }
  }

  @Property(tries = 100)
  void aReplayedVectorIsRejected(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll @IntRange(min = 1, max = 32) int n,
      @ForAll @IntRange(min = 0, max = 31) int replayed) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, VectorKind.EUTRAN);
    List<Issued> batch = bench.issue(n);
    Issued target = batch.get(replayed % n);

    assertThat(bench.usim.authenticate(target.rand(), target.autn())).isInstanceOf(Accepted.class);

    assertThat(bench.usim.authenticate(target.rand(), target.autn()))
        .isInstanceOf(SyncFailure.class);
  }

  @Property(tries = 100)
  void vectorsOfABatchUsedOutOfOrderAreAccepted(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll @IntRange(min = 2, max = 32) int n,
      @ForAll Random random) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, VectorKind.UTRAN);
    List<Issued> batch = new ArrayList<>(bench.issue(n));
    Collections.shuffle(batch, random);

    for (Issued vector : batch) {
      assertThat(bench.usim.authenticate(vector.rand(), vector.autn()))
          .isInstanceOf(Accepted.class);
    }
  }

  @Property(tries = 200)
  void usimAheadByUpTo2To40IsBackInSyncAfterExactlyOneResync(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll @LongRange(min = 1, max = 1L << 40) long ahead,
      @ForAll VectorKind kind,
      @ForAll @IntRange(min = 1, max = 32) int n,
      @ForAll Random random) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, kind);
    bench.usim.acceptedEverySqnUpTo(Sqn.of(sqnHe + ahead));
    Issued stale = bench.issue(1).get(0);

    Outcome rejected = bench.usim.authenticate(stale.rand(), stale.autn());
    assertThat(rejected).isInstanceOf(SyncFailure.class);
    List<Issued> fresh =
        new ArrayList<>(bench.issueAfterResync(n, ((SyncFailure) rejected).randAndAuts()));
    Collections.shuffle(fresh, random);

    for (Issued vector : fresh) {
      assertThat(bench.usim.authenticate(vector.rand(), vector.autn()))
          .isInstanceOf(Accepted.class);
    }
    assertThat(bench.resyncsAccepted).hasValue(1);
    assertThat(bench.sqnHe()).isEqualTo(Sqn.of(sqnHe + ahead).resyncFloor().value() + n);
  }

  @Property(tries = 200)
  void anAutsWithWrongMacSNeverMovesSqnHe(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll @LongRange(min = 1, max = 1L << 40) long ahead,
      @ForAll @IntRange(min = 0, max = 239) int flippedBit) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, VectorKind.IMS);
    bench.usim.acceptedEverySqnUpTo(Sqn.of(sqnHe + ahead));
    Issued stale = bench.issue(1).get(0);
    byte[] randAndAuts =
        ((SyncFailure) bench.usim.authenticate(stale.rand(), stale.autn())).randAndAuts();
    randAndAuts[flippedBit / 8] ^= (byte) (1 << (flippedBit % 8));
    long before = bench.sqnHe();

    FailureKind failure = bench.failureOf(3, randAndAuts);

    assertThat(failure).isEqualTo(FailureKind.RESYNC_REFUSED);
    assertThat(bench.sqnHe()).isEqualTo(before);
    assertThat(bench.resyncsRefused).hasValue(1);
  }

  @Property(tries = 100)
  void aValidAutsFromAUsimBehindNeverMovesSqnHeBackwards(
      @ForAll @Size(16) byte[] k,
      @ForAll @Size(16) byte[] opc,
      @ForAll @LongRange(min = 31, max = MAX_START) long sqnHe,
      @ForAll @IntRange(min = 1, max = 40) int unusedBatches) {
    AkaRoundTrip bench = new AkaRoundTrip(k, opc, sqnHe, VectorKind.UTRAN);
    Issued used = bench.issue(1).get(0);
    assertThat(bench.usim.authenticate(used.rand(), used.autn())).isInstanceOf(Accepted.class);
    for (int i = 0; i < unusedBatches; i++) {
      bench.issue(32); // issued to serving nodes that never used them
    }
    byte[] randAndAuts =
        ((SyncFailure) bench.usim.authenticate(used.rand(), used.autn())).randAndAuts();
    long before = bench.sqnHe();

    List<Issued> fresh = bench.issueAfterResync(2, randAndAuts);

    assertThat(bench.sqnHe()).isEqualTo(before + 2);
    for (Issued vector : fresh) {
      assertThat(bench.usim.authenticate(vector.rand(), vector.autn()))
          .isInstanceOf(Accepted.class);
    }
  }
}
