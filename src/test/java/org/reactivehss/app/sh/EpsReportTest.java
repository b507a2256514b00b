package org.reactivehss.app.sh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reactivehss.bus.Deadline;

/**
 * The mapping of an MME's IDA onto TS 29.328 Annex D, and the IDR-Flags asked (TS 29.272 §7.3.103).
 */
class EpsReportTest {

  @Test
  void s6aUserStates_mapOntoPsUserState_networkDeterminedNotReachableIs6() {
    // TS 29.272 §7.3.114 User-State 0..5 -> Annex D tPSUserState
    int[][] pairs = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 6}, {6, 5}, {-1, 5}};
    for (int[] p : pairs) {
      assertThat(EpsReport.psUserState(p[0])).as("User-State %d", p[0]).isEqualTo(p[1]);
    }
  }

  @Test
  void idrFlags_areBits2To4_andCurrentLocationOnlyWithLocation() {
    assertThat(ServingMmeQuery.idrFlags(true, false, false)).isEqualTo(0x04);
    assertThat(ServingMmeQuery.idrFlags(false, true, false)).isEqualTo(0x08);
    assertThat(ServingMmeQuery.idrFlags(false, true, true)).isEqualTo(0x18);
    assertThat(ServingMmeQuery.idrFlags(true, true, true)).isEqualTo(0x1c);
    assertThat(ServingMmeQuery.idrFlags(true, false, true)).isEqualTo(0x04);
  }

  @Test
  void waitForTheMme_leavesAReserveOfTheUdrDeadline_andNothingOnceItPassed() {
    assertThat(ServingMmeQuery.waitMs(Deadline.inMillis(-5))).isNegative();
    assertThat(ServingMmeQuery.waitMs(Deadline.inMillis(50))).isNegative();
    assertThat(ServingMmeQuery.waitMs(Deadline.inMillis(10_000))).isBetween(7_000L, 8_000L);
  }

  @Test
  void epsDocument_isWrittenInTheFourthExtension_userStateBeforeLocation() {
    EpsLocation where =
        new EpsLocation(
            new byte[] {0, (byte) 0xf1, 0x10, 1, 0x23, 0x45, 0x67},
            null,
            null,
            null,
            "mme",
            false,
            7L);
    assertThat(new ShDataXml().epsLocation(where).epsUserState(2).build())
        .endsWith(
            "<Sh-Data><Extension><Extension><Extension><Extension><EPSUserState>2</EPSUserState>"
                + "<EPSLocationInformation><E-UTRANCellGlobalId>APEQASNFZw==</E-UTRANCellGlobalId>"
                + "<MMEName>mme</MMEName><AgeOfLocationInformation>7</AgeOfLocationInformation>"
                + "</EPSLocationInformation></Extension></Extension></Extension></Extension>"
                + "</Sh-Data>");
  }
}
