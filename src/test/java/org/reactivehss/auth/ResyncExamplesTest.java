package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.auth.TestVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every AUTS example of testvectors/resync_examples.json, and the SQNs issued after one. */
class ResyncExamplesTest {
  private static final JsonNode FILE = TestVectors.file("resync_examples.json");

  static Stream<Arguments> examples() {
    return TestVectors.list(FILE.get("examples")).stream()
        .map(e -> Arguments.of(e.get("source").asText(), e));
  }

  private static Milenage milenageOf(JsonNode e) {
    return new Milenage(hex(e, "k"), hex(e, "opc"));
  }

  private static byte[] randAndAuts(JsonNode e) {
    return Xor34108Test.concat(hex(e, "rand"), hex(e, "auts"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void autsVerifiesToPublishedSqnMsOrIsRefused(String source, JsonNode e) {
    boolean valid = e.get("recomputed").get("mac_s_valid").asBoolean();

    var sqnMs = Resync.verifiedSqnMs(milenageOf(e), randAndAuts(e));

    if (valid) {
      assertThat(sqnMs).contains(Sqn.fromBytes(hex(e, "expected_sqn_ms")));
    } else {
      assertThat(sqnMs).isEmpty();
    }
  }

  @Test
  void theExampleThatMustFailIsPresentAndRefused() {
    long refused =
        TestVectors.list(FILE.get("examples")).stream()
            .filter(e -> Resync.verifiedSqnMs(milenageOf(e), randAndAuts(e)).isEmpty())
            .count();

    assertThat(refused).isEqualTo(1);
  }

  /**
   * libosmocore's follow-up vectors (ind_bitlen 5 only: our IND is fixed at 5 bits; the ind_bitlen
   * 0, 1 and 8 rows describe other SQN layouts and are skipped here).
   */
  static Stream<JsonNode> osmocomFollowups() {
    JsonNode example = FILE.get("examples").get(0);
    return TestVectors.list(example.get("hss_followup").get("vectors")).stream()
        .filter(v -> v.get("ind_bitlen").asInt() == Sqn.IND_BITS);
  }

  @ParameterizedTest
  @MethodSource("osmocomFollowups")
  void seqPlusOneWithIndGivesPublishedSqnAndAutn(JsonNode v) {
    JsonNode example = FILE.get("examples").get(0);
    Sqn sqnMs = Resync.verifiedSqnMs(milenageOf(example), randAndAuts(example)).orElseThrow();

    Sqn next = sqnMs.nextSeqWithInd(v.get("ind").asInt());
    UtranVector vector =
        VectorFactory.utran(milenageOf(example), hex(example, "rand"), next, new byte[2]);

    assertThat(next.value()).isEqualTo(v.get("sqn").asLong());
    assertThat(hex(vector.autn())).isEqualTo(v.get("autn").asText());
    if (v.has("res")) {
      assertThat(hex(vector.xres())).isEqualTo(v.get("res").asText());
      assertThat(hex(vector.ck())).isEqualTo(v.get("ck").asText());
      assertThat(hex(vector.ik())).isEqualTo(v.get("ik").asText());
    }
  }

  @Test
  void seqPlusOneWithIndTenFollowsPublishedChainAfterSqnMs31() {
    JsonNode example = FILE.get("examples").get(1);
    JsonNode followup = example.get("hss_followup");
    Sqn sqnMs = Resync.verifiedSqnMs(milenageOf(example), randAndAuts(example)).orElseThrow();

    Sqn first = sqnMs.nextSeqWithInd(10);
    Sqn second = first.nextSeqWithInd(10);
    Sqn third = second.nextSeqWithInd(10);

    assertThat(first.value()).isEqualTo(followup.get("ind_bitlen5_ind10_next_sqn").asLong());
    assertThat(second.value()).isEqualTo(followup.get("then").get(0).asLong());
    assertThat(third.value()).isEqualTo(followup.get("then").get(1).asLong());
  }

  @Test
  void vectorBeforeResyncMatchesPublishedAutnResCkIk() {
    JsonNode example = FILE.get("examples").get(1);
    JsonNode before = example.get("hss_followup").get("vector_before_resync");

    UtranVector vector =
        VectorFactory.utran(
            milenageOf(example),
            hex(example, "rand"),
            Sqn.of(before.get("sqn").asLong()),
            hex(before, "amf"));

    assertThat(hex(vector.autn())).isEqualTo(before.get("autn").asText());
    assertThat(hex(vector.xres())).isEqualTo(before.get("res").asText());
    assertThat(hex(vector.ck())).isEqualTo(before.get("ck").asText());
    assertThat(hex(vector.ik())).isEqualTo(before.get("ik").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void ourNextSqnAfterValidResyncHasSeqOneAboveSqnMsAndIndZero(String source, JsonNode e) {
    var sqnMs = Resync.verifiedSqnMs(milenageOf(e), randAndAuts(e));
    if (sqnMs.isEmpty()) {
      return; // the refused example has no SQN_MS; autsVerifiesToPublishedSqnMsOrIsRefused covers
      // it
    }

    Sqn next = sqnMs.get().resyncFloor().plus(1);

    assertThat(next.seq()).isEqualTo(sqnMs.get().seq() + 1);
    assertThat(next.ind()).isZero();
  }
}
