package org.reactivehss.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The tools' USIM check recovers SQN from AUTN and refuses a wrong MAC-A, pinned on TS 35.208 test
 * set 1 (K, OPc, RAND, SQN ff9bb4d0b607, AMF b9b9: f1 = 4a9ffac354dfafb3, f5 = aa689c648370).
 */
class UsimCheckTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final UsimCheck SET_1 =
      UsimCheck.milenage(
          HEX.parseHex("465b5ce8b199b49faa5f0a2ee238a6bc"),
          HEX.parseHex("cd63cb71954a9f4e48a5994e37a02baf"));
  private static final byte[] RAND = HEX.parseHex("23553cbe9637a89d218ae64dae47bf35");

  /** (SQN xor AK) || AMF || MAC-A = (ff9bb4d0b607 xor aa689c648370) || b9b9 || f1. */
  private static final String AUTN = "55f328b43577" + "b9b9" + "4a9ffac354dfafb3";

  @Test
  void anAutnFromTestSet1_givesBackItsSqn() {
    assertThat(SET_1.verifiedSqn(RAND, HEX.parseHex(AUTN))).isEqualTo(0xff9bb4d0b607L);
  }

  @Test
  void anAutnWithOneMacBitFlipped_isRefused() {
    byte[] autn = HEX.parseHex(AUTN);
    autn[15] ^= 1;

    assertThat(SET_1.verifiedSqn(RAND, autn)).isEqualTo(-1);
  }

  @Test
  void anAutnOfTheWrongLength_isRefused() {
    assertThat(SET_1.verifiedSqn(RAND, new byte[15])).isEqualTo(-1);
  }

  /** TS 35.208 test set 1: f5*(RAND) = 451e8beca43b, so AUTS starts with SQN_MS xor that. */
  @Test
  void resynchronisationInfo_hidesSqnMsUnderF5Star_andCarriesAMacSTheHssAccepts() {
    byte[] info = SET_1.resynchronisationInfo(RAND, 0xff9bb4d0b607L);

    assertThat(info).hasSize(30);
    assertThat(HEX.formatHex(java.util.Arrays.copyOfRange(info, 0, 16)))
        .isEqualTo(HEX.formatHex(RAND));
    long concealed = 0xff9bb4d0b607L ^ 0x451e8beca43bL;
    assertThat(HEX.formatHex(java.util.Arrays.copyOfRange(info, 16, 22)))
        .isEqualTo(String.format("%012x", concealed));
    AkaAlgorithm milenage =
        new Milenage(
            HEX.parseHex("465b5ce8b199b49faa5f0a2ee238a6bc"),
            HEX.parseHex("cd63cb71954a9f4e48a5994e37a02baf"));
    assertThat(Resync.verifiedSqnMs(milenage, info)).contains(Sqn.of(0xff9bb4d0b607L));
    info[29] ^= 1;
    assertThat(Resync.verifiedSqnMs(milenage, info)).isEmpty();
  }
}
