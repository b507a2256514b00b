package org.reactivehss.app.s6a;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reactivehss.store.LocationUpdate;
import org.reactivehss.store.ServingNode;

/** The decisions ULR-Flags drive (TS 29.272 §7.3.7, §5.2.1.1.3), one rule per test. */
class UlrFlagsTest {
  private static final long MME = 1 << 1;

  private static LocationUpdate update(String previous, String withdrawnSgsn, boolean dataCurrent) {
    return new LocationUpdate(null, true, previous, "realm", withdrawnSgsn, "realm", dataCurrent);
  }

  @Test
  void indicatorSet_isAnMme_clearedIsAnSgsn() {
    assertThat(new UlrFlags(MME).node()).isEqualTo(ServingNode.MME);
    assertThat(new UlrFlags(0).node()).isEqualTo(ServingNode.SGSN);
  }

  @Test
  void singleRegistration_countsFromAnMmeOnly() {
    assertThat(new UlrFlags(MME | 1).singleRegistration()).isTrue();
    assertThat(new UlrFlags(1).singleRegistration()).isFalse();
  }

  @Test
  void skipSubscriberData_isHonouredOnlyWhenTheNodesDataIsCurrent() {
    UlrFlags skip = new UlrFlags(MME | 1 << 2);
    assertThat(skip.sendsSubscriptionData(update(null, null, true))).isFalse();
    assertThat(skip.sendsSubscriptionData(update(null, null, false))).isTrue();
    assertThat(new UlrFlags(MME).sendsSubscriptionData(update(null, null, true))).isTrue();
  }

  @Test
  void newMme_cancelsTheOldMme_withMmeUpdateProcedure() {
    assertThat(new UlrFlags(MME).cancellations(update("old", null, true), "new"))
        .containsExactly(new UlrFlags.Cancel(ServingNode.MME, "old", "realm", 0));
  }

  @Test
  void newSgsn_cancelsTheOldSgsn_withSgsnUpdateProcedure() {
    assertThat(new UlrFlags(0).cancellations(update("old", null, true), "new"))
        .containsExactly(new UlrFlags.Cancel(ServingNode.SGSN, "old", "realm", 1));
  }

  @Test
  void sameNodeAgain_cancelsNobody_whateverTheCase() {
    assertThat(new UlrFlags(MME).cancellations(update("MME-A", null, true), "mme-a")).isEmpty();
  }

  @Test
  void singleRegistration_cancelsTheWithdrawnSgsn_initialAttachMakesEveryTypeFour() {
    assertThat(new UlrFlags(MME | 1).cancellations(update(null, "sgsn", true), "mme"))
        .containsExactly(new UlrFlags.Cancel(ServingNode.SGSN, "sgsn", "realm", 1));
    assertThat(new UlrFlags(MME | 1 | 1 << 5).cancellations(update("old", "sgsn", true), "mme"))
        .containsExactly(
            new UlrFlags.Cancel(ServingNode.MME, "old", "realm", 4),
            new UlrFlags.Cancel(ServingNode.SGSN, "sgsn", "realm", 4));
  }

  @Test
  void clrFlags_sayS6aToAnMme_andS6dToAnSgsn() {
    assertThat(CancelLocation.clrFlags(ServingNode.MME)).isEqualTo(1);
    assertThat(CancelLocation.clrFlags(ServingNode.SGSN)).isZero();
  }
}
