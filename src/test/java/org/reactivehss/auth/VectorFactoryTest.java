package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VectorFactoryTest {
  private static final byte[] K = TestVectors.hex("465b5ce8b199b49faa5f0a2ee238a6bc");
  private static final byte[] OPC = TestVectors.hex("cd63cb71954a9f4e48a5994e37a02baf");
  private static final byte[] RAND = TestVectors.hex("23553cbe9637a89d218ae64dae47bf35");
  private static final byte[] PLMN = TestVectors.hex("02f859");
  private final AkaAlgorithm milenage = new Milenage(K, OPC);

  @Test
  void eutranVectorSetsAmfSeparationBitEvenWhenSubscriberAmfLacksIt() {
    EutranVector vector =
        VectorFactory.eutran(milenage, RAND, Sqn.of(64), new byte[] {0x00, 0x01}, PLMN);

    assertThat(vector.autn()[6]).isEqualTo((byte) 0x80);
    assertThat(vector.autn()[7]).isEqualTo((byte) 0x01);
  }

  @Test
  void eutranMacCoversTheAmfThatIsSent() {
    EutranVector vector = VectorFactory.eutran(milenage, RAND, Sqn.of(64), new byte[2], PLMN);

    Challenge c = milenage.challenge(RAND, Sqn.of(64).toBytes(), new byte[] {(byte) 0x80, 0});
    assertThat(Arrays.copyOfRange(vector.autn(), 8, 16)).isEqualTo(c.macA());
  }

  @Test
  void utranVectorKeepsSubscriberAmf() {
    UtranVector vector = VectorFactory.utran(milenage, RAND, Sqn.of(64), new byte[] {0x12, 0x34});

    assertThat(Arrays.copyOfRange(vector.autn(), 6, 8)).containsExactly(0x12, 0x34);
  }

  @Test
  void imsItemCarriesRandThenAutnAndXresAsAuthorization() {
    ImsAuthItem item = VectorFactory.ims(milenage, RAND, Sqn.of(64), new byte[2]);
    UtranVector same = VectorFactory.utran(milenage, RAND, Sqn.of(64), new byte[2]);

    assertThat(Arrays.copyOf(item.sipAuthenticate(), 16)).isEqualTo(RAND);
    assertThat(Arrays.copyOfRange(item.sipAuthenticate(), 16, 32)).isEqualTo(same.autn());
    assertThat(item.sipAuthorization()).isEqualTo(same.xres());
    assertThat(item.ck()).isEqualTo(same.ck());
    assertThat(item.ik()).isEqualTo(same.ik());
  }
}
