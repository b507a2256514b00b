package org.reactivehss.app.s6a;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The octet layouts S6a derives from stored data: PLMN-Id from the IMSI, MSISDN in TBCD, RAT bits.
 */
class S6aEncodingTest {

  @ParameterizedTest(name = "IMSI {0}, MNC length {1} -> PLMN-Id {2}")
  @CsvSource({
    "001010000000001, 2, 00f110", // MCC 001, MNC 01 (TS 24.008 §10.5.1.13 nibble order)
    "310410123456789, 3, 130014", // MCC 310, MNC 410
    "262011234567890, 2, 62f210", // MCC 262, MNC 01
  })
  void homePlmn_isTheImsisMccAndMnc_inPlmnIdOrder(String imsi, int mncLength, String plmn) {
    assertThat(HexFormat.of().formatHex(HomePlmn.of(imsi, mncLength))).isEqualTo(plmn);
  }

  @ParameterizedTest(name = "MSISDN {0} -> TBCD {1}")
  @CsvSource({"491701234567, 947110325476", "4917099, 947190f9", "1, f1"})
  void msisdn_isEncodedAsTbcd_withAnFFillerForOddLengths(String digits, String tbcd) {
    assertThat(HexFormat.of().formatHex(Tbcd.encode(digits))).isEqualTo(tbcd);
  }

  @ParameterizedTest(name = "restriction {0}, RAT {1} -> forbidden {2}")
  @CsvSource({
    "0, 1004, false",
    "16, 1004, true",
    "1, 1000, true",
    "1, 1004, false",
    "2, 1001, true",
    "64, 1005, true",
    "255, 0, false",
  })
  void accessRestrictionData_forbidsTheRatOfItsBit(
      int restriction, int ratType, boolean forbidden) {
    assertThat(RatRestriction.forbids(restriction, ratType)).isEqualTo(forbidden);
  }
}
