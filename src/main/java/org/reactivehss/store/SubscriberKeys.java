package org.reactivehss.store;

/**
 * A subscriber's authentication material, decrypted, in memory only. {@code toString} never shows keys.
 *
 * @param algorithm "milenage" or "xor" (TS 34.108 §8.1.2 test algorithm)
 * @param k the 16-octet long-term key K
 * @param opc the 16-octet OPc (derived from OP by the store when OP was provisioned)
 * @param amf the 2-octet AMF
 * @param sqnHe the last SQN issued (SQN_HE) when this was read
 */
public record SubscriberKeys(String imsi, String algorithm, byte[] k, byte[] opc, byte[] amf, long sqnHe) {
  @Override
  public String toString() {
    return "SubscriberKeys[imsi=" + imsi + ", algorithm=" + algorithm + ", keys=<redacted>]";
  }
}
