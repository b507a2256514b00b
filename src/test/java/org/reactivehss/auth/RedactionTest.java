package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reactivehss.store.SubscriberKeys;

/** Key material (K, OPc, CK, IK, KASME, XRES) never shows in toString or exception messages. */
class RedactionTest {
  private static final byte[] K = TestVectors.hex("465b5ce8b199b49faa5f0a2ee238a6bc");
  private static final byte[] OPC = TestVectors.hex("cd63cb71954a9f4e48a5994e37a02baf");
  private static final byte[] RAND = TestVectors.hex("23553cbe9637a89d218ae64dae47bf35");

  @Test
  void noTypeHoldingKeysPrintsThem() {
    Milenage milenage = new Milenage(K, OPC);
    Challenge c = milenage.challenge(RAND, Sqn.of(64).toBytes(), new byte[2]);
    EutranVector eutran =
        VectorFactory.eutran(milenage, RAND, Sqn.of(64), new byte[2], TestVectors.hex("02f859"));
    UtranVector utran = VectorFactory.utran(milenage, RAND, Sqn.of(64), new byte[2]);
    ImsAuthItem ims = VectorFactory.ims(milenage, RAND, Sqn.of(64), new byte[2]);
    VectorReply reply = new VectorReply(VectorKind.UTRAN, List.of(utran));

    List<String> printed =
        List.of(
            milenage.toString(),
            new Xor34108(K).toString(),
            c.toString(),
            eutran.toString(),
            utran.toString(),
            ims.toString(),
            reply.toString());
    List<String> secrets =
        List.of(
            TestVectors.hex(K),
            TestVectors.hex(OPC),
            TestVectors.hex(c.ck()),
            TestVectors.hex(c.ik()),
            TestVectors.hex(c.xres()),
            TestVectors.hex(eutran.kasme()));

    for (String text : printed) {
      assertThat(text).contains("redacted");
      secrets.forEach(secret -> assertThat(text.toLowerCase()).doesNotContain(secret));
      assertThat(text).doesNotContain("[B@");
    }
  }

  @Test
  void unusableKeysAreNamedNotShown() {
    SubscriberKeys shortK =
        new SubscriberKeys("001010000000003", "milenage", new byte[15], null, OPC, new byte[2], 0);

    assertThatThrownBy(() -> AkaAlgorithm.forSubscriber(shortK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("k must be 16 octets");
  }

  @Test
  void unknownAlgorithmIsRefusedByName() {
    SubscriberKeys tuak =
        new SubscriberKeys("001010000000004", "tuak", K, null, OPC, new byte[2], 0);

    assertThatThrownBy(() -> AkaAlgorithm.forSubscriber(tuak))
        .hasMessage("unknown authentication algorithm tuak");
  }
}
