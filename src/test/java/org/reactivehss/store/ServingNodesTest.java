package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registrations a batch of ULRs leaves (TS 29.272 §5.2.1.1.3, §7.3.8), without a database. */
class ServingNodesTest {
  private static final S6aProfile PROFILE =
      new S6aProfile("001010000000001", null, false, null, null, 0, true, List.of());

  private static LocationRequest ulr(ServingNode node, String host, boolean single) {
    return new LocationRequest(
        "001010000000001", node, host, "realm", null, single, null, null, p -> true);
  }

  @Test
  void sgsnRegistration_isStoredBesideTheMme_neverOverIt() {
    ServingNodes n = new ServingNodes();
    n.apply(ulr(ServingNode.MME, "mme", false), PROFILE);
    LocationUpdate u = n.apply(ulr(ServingNode.SGSN, "sgsn", false), PROFILE);
    assertThat(u.previousHost()).isNull();
    assertThat(n.mmeHost).isEqualTo("mme");
    assertThat(n.sgsnHost).isEqualTo("sgsn");
  }

  @Test
  void singleRegistration_withdrawsTheSgsn_andReportsIt() {
    ServingNodes n = new ServingNodes();
    n.sgsnHost = "sgsn";
    n.sgsnRealm = "realm";
    n.sgsnCurrent = true;
    LocationUpdate u = n.apply(ulr(ServingNode.MME, "mme", true), PROFILE);
    assertThat(u.withdrawnSgsnHost()).isEqualTo("sgsn");
    assertThat(n.sgsnHost).isNull();
    assertThat(n.sgsnCurrent).isFalse();
  }

  @Test
  void dataCurrent_isReportedPerNodeKind_andTrueAfterAnAdmittedUlr() {
    ServingNodes n = new ServingNodes();
    n.mmeCurrent = true;
    assertThat(n.apply(ulr(ServingNode.SGSN, "sgsn", false), PROFILE).dataCurrent()).isFalse();
    assertThat(n.apply(ulr(ServingNode.MME, "mme", false), PROFILE).dataCurrent()).isTrue();
    assertThat(n.sgsnCurrent).isTrue();
  }

  @Test
  void refusedUlr_changesNothing() {
    ServingNodes n = new ServingNodes();
    LocationUpdate u =
        n.apply(
            new LocationRequest(
                "001010000000001",
                ServingNode.MME,
                "mme",
                "r",
                null,
                false,
                null,
                null,
                p -> false),
            PROFILE);
    assertThat(u.registered()).isFalse();
    assertThat(n.mmeHost).isNull();
    assertThat(n.mmeRegistered).isFalse();
  }
}
