package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.auth.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.store.SubscriberKeys;

/** TS 34.108 §8.1.2 XOR test algorithm against testvectors/xor_ts34108.json. */
class Xor34108Test {

  static Stream<JsonNode> vectors() {
    return TestVectors.list(TestVectors.file("xor_ts34108.json").get("vectors")).stream();
  }

  private static AkaAlgorithm xorFor(JsonNode v) {
    return AkaAlgorithm.forSubscriber(
        new SubscriberKeys("001010000000002", "xor", hex(v, "k"), null, null, hex(v, "amf"), 0));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void challengeYieldsPublishedResCkIkAkAndMac(JsonNode v) {
    Challenge c = xorFor(v).challenge(hex(v, "rand"), hex(v, "sqn"), hex(v, "amf"));

    assertThat(hex(c.xres())).isEqualTo(v.get("res").asText());
    assertThat(hex(c.ck())).isEqualTo(v.get("ck").asText());
    assertThat(hex(c.ik())).isEqualTo(v.get("ik").asText());
    assertThat(hex(c.ak())).isEqualTo(v.get("ak").asText());
    assertThat(hex(c.macA())).isEqualTo(v.get("mac_a").asText());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void utranVectorCarriesPublishedAutn(JsonNode v) {
    UtranVector vector =
        VectorFactory.utran(xorFor(v), hex(v, "rand"), Sqn.fromBytes(hex(v, "sqn")), hex(v, "amf"));

    assertThat(hex(vector.autn())).isEqualTo(v.get("autn").asText());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void publishedAutsVerifiesToItsSqn(JsonNode v) {
    AkaAlgorithm xor = xorFor(v);
    byte[] randAndAuts = concat(hex(v, "rand"), hex(v, "auts"));

    assertThat(hex(xor.f1star(hex(v, "rand"), hex(v, "sqn"), hex(v, "amf_for_mac_s"))))
        .isEqualTo(v.get("mac_s").asText());
    assertThat(hex(xor.f5star(hex(v, "rand")))).isEqualTo(v.get("ak_star").asText());
    assertThat(Resync.verifiedSqnMs(xor, randAndAuts)).contains(Sqn.fromBytes(hex(v, "sqn")));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
