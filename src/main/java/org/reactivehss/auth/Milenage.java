package org.reactivehss.auth;

import java.util.Arrays;

/**
 * Milenage (TS 35.206 §4.1), the 3GPP example algorithm set behind f1..f5, f1*, f5*.
 *
 * <pre>
 *   TEMP = E_K(RAND xor OPc)
 *   OUTi = E_K(rot(TEMP xor OPc, ri) xor ci) xor OPc      (OUT1 also xors IN1 = SQN||AMF||SQN||AMF)
 *   r1..r5 = 64, 0, 32, 64, 96 bits;  c1..c5 = 0, 1, 2, 4, 8 (in the last octet)
 *   f1 = OUT1[0..63]  f1* = OUT1[64..127]  f5 = OUT2[0..47]  f2 = OUT2[64..127]
 *   f3 = OUT3         f4 = OUT4             f5* = OUT5[0..47]
 * </pre>
 */
final class Milenage implements AkaAlgorithm {
  private final byte[] k;
  private final byte[] opc;

  Milenage(byte[] k, byte[] opc) {
    this.k = k.clone();
    this.opc = opc.clone();
  }

  /** OPc = E_K(OP) xor OP (TS 35.206 §4.1), derived once per subscriber read. */
  static byte[] opcFromOp(byte[] k, byte[] op) {
    byte[] opc = new byte[16];
    Aes128.keyed(k).encrypt(op, opc);
    xorInto(opc, op);
    return opc;
  }

  @Override
  public Challenge challenge(byte[] rand, byte[] sqn, byte[] amf) {
    Aes128 aes = Aes128.keyed(k);
    byte[] temp = temp(aes, rand);
    byte[] out1 = out1(aes, temp, sqn, amf);
    byte[] out2 = out(aes, temp, 0, 1);
    byte[] ck = out(aes, temp, 4, 2);
    byte[] ik = out(aes, temp, 8, 4);
    return new Challenge(
        Arrays.copyOf(out1, 8), Arrays.copyOfRange(out2, 8, 16), ck, ik, Arrays.copyOf(out2, 6));
  }

  @Override
  public byte[] f1star(byte[] rand, byte[] sqn, byte[] amf) {
    Aes128 aes = Aes128.keyed(k);
    return Arrays.copyOfRange(out1(aes, temp(aes, rand), sqn, amf), 8, 16);
  }

  @Override
  public byte[] f5star(byte[] rand) {
    Aes128 aes = Aes128.keyed(k);
    return Arrays.copyOf(out(aes, temp(aes, rand), 12, 8), 6);
  }

  private byte[] temp(Aes128 aes, byte[] rand) {
    byte[] block = new byte[16];
    for (int i = 0; i < 16; i++) {
      block[i] = (byte) (rand[i] ^ opc[i]);
    }
    aes.encrypt(block, block);
    return block;
  }

  /** OUT1 = E_K(TEMP xor rot(IN1 xor OPc, r1 = 64)) xor OPc, c1 = 0. */
  private byte[] out1(Aes128 aes, byte[] temp, byte[] sqn, byte[] amf) {
    byte[] in1 = new byte[16];
    System.arraycopy(sqn, 0, in1, 0, 6);
    System.arraycopy(amf, 0, in1, 6, 2);
    System.arraycopy(sqn, 0, in1, 8, 6);
    System.arraycopy(amf, 0, in1, 14, 2);
    byte[] block = new byte[16];
    for (int i = 0; i < 16; i++) {
      int j = (i + 8) & 15; // rot by 64 bits = 8 octets to the left
      block[i] = (byte) (temp[i] ^ in1[j] ^ opc[j]);
    }
    aes.encrypt(block, block);
    xorInto(block, opc);
    return block;
  }

  /**
   * OUTi for i = 2..5: E_K(rot(TEMP xor OPc, rotOctets * 8) xor c) xor OPc, c in the last octet.
   */
  private byte[] out(Aes128 aes, byte[] temp, int rotOctets, int c) {
    byte[] block = new byte[16];
    for (int i = 0; i < 16; i++) {
      int j = (i + rotOctets) & 15;
      block[i] = (byte) (temp[j] ^ opc[j]);
    }
    block[15] ^= (byte) c;
    aes.encrypt(block, block);
    xorInto(block, opc);
    return block;
  }

  private static void xorInto(byte[] target, byte[] with) {
    for (int i = 0; i < target.length; i++) {
      target[i] ^= with[i];
    }
  }

  @Override
  public String toString() {
    return "Milenage[<redacted>]";
  }
}
