package org.reactivehss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TBCD MSISDNs (TS 29.002 §17.7.8) as the RIR carries them and the RIA returns them. */
class MsisdnTest {

  @Test
  void oddAndEvenDigitCounts_roundTripThroughTbcd() {
    assertThat(Msisdn.encode("4917012345901")).isEqualTo(hex("947110325409f1"));
    assertThat(Msisdn.decode(hex("947110325409f1"))).isEqualTo("4917012345901");
    assertThat(Msisdn.encode("491701234599")).isEqualTo(hex("947110325499"));
    assertThat(Msisdn.decode(hex("947110325499"))).isEqualTo("491701234599");
    assertThat(Msisdn.decode(hex("21436587092143f5"))).isEqualTo("123456789012345");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "", // no digit
        "94ab", // a and b are no digits of an MSISDN
        "1f", // filler in the low nibble, where the first digit goes
        "94f1f1", // filler before the last octet
        "2143658709214365" // 16 digits: E.164 allows 15
      })
  void octetsThatAreNoMsisdn_decodeToNull(String tbcd) {
    assertThat(Msisdn.decode(hex(tbcd))).isNull();
  }

  private static byte[] hex(String text) {
    return HexFormat.of().parseHex(text);
  }
}
