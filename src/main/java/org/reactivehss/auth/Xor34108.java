package org.reactivehss.auth;

import java.util.Arrays;

/**
 * The XOR test algorithm of TS 34.108 §8.1.2, used by test USIMs (no security, by design).
 *
 * <pre>
 *   XDOUT = K xor RAND                        RES = XDOUT (all 128 bits, as libosmocore does)
 *   CK = XDOUT rotated left by 1 octet        IK = XDOUT rotated left by 2 octets
 *   AK = XDOUT[24..71] (octets 3..8)          MAC = XDOUT[0..63] xor (SQN || AMF)
 *   f1* = f1 and f5* = f5 (§8.1.2.2); for AUTS, AMF* = 0000
 * </pre>
 */
final class Xor34108 implements AkaAlgorithm {
  private final byte[] k;

  Xor34108(byte[] k) {
    this.k = k.clone();
  }

  @Override
  public Challenge challenge(byte[] rand, byte[] sqn, byte[] amf) {
    byte[] xdout = xdout(rand);
    return new Challenge(
        mac(xdout, sqn, amf),
        xdout.clone(),
        rotate(xdout, 1),
        rotate(xdout, 2),
        Arrays.copyOfRange(xdout, 3, 9));
  }

  @Override
  public byte[] f1star(byte[] rand, byte[] sqn, byte[] amf) {
    return mac(xdout(rand), sqn, amf);
  }

  @Override
  public byte[] f5star(byte[] rand) {
    return Arrays.copyOfRange(xdout(rand), 3, 9);
  }

  private byte[] xdout(byte[] rand) {
    byte[] xdout = new byte[16];
    for (int i = 0; i < 16; i++) {
      xdout[i] = (byte) (k[i] ^ rand[i]);
    }
    return xdout;
  }

  private static byte[] mac(byte[] xdout, byte[] sqn, byte[] amf) {
    byte[] mac = Arrays.copyOf(xdout, 8);
    for (int i = 0; i < 6; i++) {
      mac[i] ^= sqn[i];
    }
    mac[6] ^= amf[0];
    mac[7] ^= amf[1];
    return mac;
  }

  private static byte[] rotate(byte[] block, int octets) {
    byte[] rotated = new byte[16];
    for (int i = 0; i < 16; i++) {
      rotated[i] = block[(i + octets) & 15];
    }
    return rotated;
  }

  @Override
  public String toString() {
    return "Xor34108[<redacted>]";
  }
}
