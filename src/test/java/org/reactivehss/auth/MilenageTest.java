package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.auth.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.store.SubscriberKeys;

/** TS 35.208 §4.3 conformance test sets 1-20 (testvectors/milenage_ts35208.json). */
class MilenageTest {

  static Stream<Arguments> testSets() {
    return TestVectors.list(TestVectors.file("milenage_ts35208.json")).stream()
        .map(set -> Arguments.of(set.get("set").asInt(), set));
  }

  @ParameterizedTest(name = "test set {0}")
  @MethodSource("testSets")
  void opcDerivedFromOpMatchesTestSet(int set, JsonNode v) {
    assertThat(hex(Milenage.opcFromOp(hex(v, "k"), hex(v, "op")))).isEqualTo(v.get("opc").asText());
  }

  @ParameterizedTest(name = "test set {0}")
  @MethodSource("testSets")
  void challengeYieldsF1ToF5OfTestSet(int set, JsonNode v) {
    Challenge c =
        new Milenage(hex(v, "k"), hex(v, "opc"))
            .challenge(hex(v, "rand"), hex(v, "sqn"), hex(v, "amf"));

    assertThat(hex(c.macA())).isEqualTo(v.get("f1").asText());
    assertThat(hex(c.xres())).isEqualTo(v.get("f2").asText());
    assertThat(hex(c.ck())).isEqualTo(v.get("f3").asText());
    assertThat(hex(c.ik())).isEqualTo(v.get("f4").asText());
    assertThat(hex(c.ak())).isEqualTo(v.get("f5").asText());
  }

  @ParameterizedTest(name = "test set {0}")
  @MethodSource("testSets")
  void resyncFunctionsYieldF1StarAndF5StarOfTestSet(int set, JsonNode v) {
    Milenage milenage = new Milenage(hex(v, "k"), hex(v, "opc"));

    assertThat(hex(milenage.f1star(hex(v, "rand"), hex(v, "sqn"), hex(v, "amf"))))
        .isEqualTo(v.get("f1star").asText());
    assertThat(hex(milenage.f5star(hex(v, "rand")))).isEqualTo(v.get("f5star").asText());
  }

  @ParameterizedTest(name = "test set {0}")
  @MethodSource("testSets")
  void subscriberProvisionedWithOpGetsSameResultsAsWithOpc(int set, JsonNode v) {
    AkaAlgorithm fromOp =
        AkaAlgorithm.forSubscriber(
            new SubscriberKeys(
                "001010000000001", "milenage", hex(v, "k"), hex(v, "op"), null, hex(v, "amf"), 0));

    Challenge c = fromOp.challenge(hex(v, "rand"), hex(v, "sqn"), hex(v, "amf"));

    assertThat(hex(c.macA())).isEqualTo(v.get("f1").asText());
    assertThat(hex(c.ck())).isEqualTo(v.get("f3").asText());
  }
}
