package org.reactivehss.app.swx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IMSI a SWx User-Name names (TS 29.273 §8.2.2.1, NAI forms of TS 23.003 §19.3.2). */
class SwxUserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "none",
      value = {
        "001010000000001, 001010000000001",
        "26201000000001, 26201000000001",
        "0001010000000001@nai.epc.mnc001.mcc001.3gppnetwork.org, 001010000000001",
        "6001010000000001@nai.epc.mnc001.mcc001.3gppnetwork.org, 001010000000001",
        "026201000000001@wlan.mnc001.mcc262.3gppnetwork.org, 026201000000001",
        "001010000000001@wlan.mnc001.mcc001.3gppnetwork.org, 001010000000001",
        "602010000000001@nai.epc.mnc001.mcc602.3gppnetwork.org, 602010000000001",
        "alice@example.org, none",
        "7001010000000001@nai.epc, none",
        "0010100000000011, none",
        "'', none",
        "@example.org, none"
      })
  void userName_namesTheImsiOrNone(String userName, String imsi) {
    assertThat(SwxUser.imsiOf(userName)).isEqualTo(imsi);
  }
}
