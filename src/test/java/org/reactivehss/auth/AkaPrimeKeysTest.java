package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reactivehss.auth.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TS 33.402 Annex A.2 CK'/IK' derivation against RFC 5448 Appendix C
 * (testvectors/eap_aka_prime_rfc5448.json), and the CK/IK of case 1 from Milenage.
 */
class AkaPrimeKeysTest {
  static final JsonNode FILE = TestVectors.file("eap_aka_prime_rfc5448.json");

  static Stream<JsonNode> cases() {
    return TestVectors.list(FILE.get("cases")).stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void kdfYieldsThePublishedCkPrimeAndIkPrime(JsonNode c) {
    // GIVEN CK, IK, the access network identity and SQN xor AK (the first 6 octets of AUTN)
    assertThat(hex(c, "sqn_xor_ak")).isEqualTo(Arrays.copyOf(hex(c, "autn"), 6));

    // WHEN
    byte[] keys =
        AkaPrimeKeys.derive(
            hex(c, "ck"),
            hex(c, "ik"),
            c.get("access_network_identity").asText(),
            hex(c, "sqn_xor_ak"));

    // THEN
    assertThat(hex(Arrays.copyOf(keys, 16))).isEqualTo(c.get("ck_prime").asText());
    assertThat(hex(Arrays.copyOfRange(keys, 16, 32))).isEqualTo(c.get("ik_prime").asText());
  }

  @Test
  void milenageSet19_givesTheCkIkAndResOfCase1() {
    JsonNode set = FILE.get("milenage_set_19");
    JsonNode case1 = FILE.get("cases").get(0);

    Challenge c =
        new Milenage(hex(set, "k"), hex(set, "opc"))
            .challenge(hex(set, "rand"), new byte[6], new byte[2]);

    assertThat(hex(c.ck())).isEqualTo(case1.get("ck").asText());
    assertThat(hex(c.ik())).isEqualTo(case1.get("ik").asText());
    assertThat(hex(c.xres())).isEqualTo(set.get("res").asText());
  }

  @Test
  void emptyAccessNetworkIdentity_isRefused() {
    assertThatThrownBy(() -> AkaPrimeKeys.derive(new byte[16], new byte[16], "", new byte[6]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
