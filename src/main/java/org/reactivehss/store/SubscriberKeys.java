package org.reactivehss.store;

/**
 * A subscriber's authentication material, decrypted, in memory only. {@code toString} never shows
 * keys.
 *
 * <p>Exactly one of {@code op} and {@code opc} is non-null: the store keeps what was provisioned,
 * and the auth side derives OPc from OP (TS 35.206 §4.1) once per read.
 *
 * @param algorithm "milenage" or "xor" (TS 34.108 §8.1.2 test algorithm)
 * @param k the 16-octet long-term key K
 * @param op the 16-octet operator variant OP, or null when OPc was provisioned
 * @param opc the 16-octet OPc, or null when OP was provisioned
 * @param amf the 2-octet AMF
 * @param sqnHe the last SQN issued (SQN_HE) when this was read
 */
public record SubscriberKeys(
    String imsi, String algorithm, byte[] k, byte[] op, byte[] opc, byte[] amf, long sqnHe) {
  @Override
  public String toString() {
    return "SubscriberKeys[imsi=" + imsi + ", algorithm=" + algorithm + ", keys=<redacted>]";
  }
}
