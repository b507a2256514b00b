package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.auth.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TS 33.401 Annex A.2 KASME derivations and full E-UTRAN vectors (testvectors/kasme.json). */
class KasmeTest {

  static Stream<JsonNode> all() {
    return TestVectors.list(TestVectors.file("kasme.json").get("vectors")).stream();
  }

  static Stream<JsonNode> fullVectors() {
    return all().filter(v -> v.has("k"));
  }

  @ParameterizedTest
  @MethodSource("all")
  void kdfYieldsPublishedKasme(JsonNode v) {
    byte[] sqnXorAk = v.has("sqn_xor_ak") ? hex(v, "sqn_xor_ak") : Arrays.copyOf(hex(v, "autn"), 6);

    byte[] kasme =
        Kasme.derive(hex(v, "ck"), hex(v, "ik"), hex(v, "serving_network_plmn"), sqnXorAk);

    assertThat(hex(kasme)).isEqualTo(v.get("kasme").asText());
  }

  @ParameterizedTest
  @MethodSource("fullVectors")
  void eutranVectorMatchesPublishedXresAutnAndKasme(JsonNode v) {
    AkaAlgorithm milenage = new Milenage(hex(v, "k"), hex(v, "opc"));

    EutranVector vector =
        VectorFactory.eutran(
            milenage,
            hex(v, "rand"),
            Sqn.fromBytes(hex(v, "sqn")),
            hex(v, "amf"),
            hex(v, "serving_network_plmn"));

    assertThat(hex(vector.rand())).isEqualTo(v.get("rand").asText());
    assertThat(hex(vector.xres())).isEqualTo(v.get("xres").asText());
    assertThat(hex(vector.autn())).isEqualTo(v.get("autn").asText());
    assertThat(hex(vector.kasme())).isEqualTo(v.get("kasme").asText());
  }
}
