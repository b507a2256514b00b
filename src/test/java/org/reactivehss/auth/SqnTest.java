package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqnTest {

  @Test
  void splitsIntoSeqOf43BitsAndIndOf5Bits() {
    Sqn sqn = Sqn.of((12345L << 5) | 17);

    assertThat(sqn.seq()).isEqualTo(12345L);
    assertThat(sqn.ind()).isEqualTo(17);
  }

  @Test
  void nextBatchFollowsSqnHeOneByOne() {
    assertThat(Sqn.of(30).next(4)).extracting(Sqn::value).containsExactly(31L, 32L, 33L, 34L);
  }

  @Test
  void fullBatchOccupiesEveryIndSlotOnce() {
    List<Sqn> batch = Sqn.of(1000).next(Sqn.IND_SLOTS);

    assertThat(batch).extracting(Sqn::ind).doesNotHaveDuplicates().hasSize(32);
  }

  @Test
  void nextWrapsAroundAt2To48() {
    Sqn last = Sqn.of(Sqn.MODULUS - 2);

    assertThat(last.next(3)).extracting(Sqn::value).containsExactly(Sqn.MODULUS - 1, 0L, 1L);
  }

  @Test
  void resyncFloorFillsIndSoNextSqnStartsNextSeqAtIndZero() {
    Sqn sqnMs = Sqn.of((77L << 5) | 9);

    Sqn next = sqnMs.resyncFloor().plus(1);

    assertThat(sqnMs.resyncFloor().value()).isEqualTo((77L << 5) | 31);
    assertThat(next.seq()).isEqualTo(78L);
    assertThat(next.ind()).isZero();
  }

  @Test
  void octetsRoundTripBigEndian() {
    Sqn sqn = Sqn.of(0xff9bb4d0b607L);

    assertThat(TestVectors.hex(sqn.toBytes())).isEqualTo("ff9bb4d0b607");
    assertThat(Sqn.fromBytes(sqn.toBytes())).isEqualTo(sqn);
  }

  @Test
  void valuesOutside48BitsAreRejected() {
    assertThatThrownBy(() -> Sqn.of(Sqn.MODULUS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sqn.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void seqPlusOneWithIndIsLibosmocoreStep() {
    assertThat(Sqn.of(23).nextSeqWithInd(5).value()).isEqualTo(37L);
    assertThat(Sqn.of(31).nextSeqWithInd(10).value()).isEqualTo(42L);
  }
}
