package org.reactivehss.auth;

import java.util.ArrayList;
import java.util.List;
import org.reactivehss.store.SubscriberKeys;

/**
 * Pure entry point: authentication data for SQNs already reserved. Each item gets a fresh RAND and
 * the next SQN of the reservation (first, first + 1, ... mod 2^48).
 */
final class AuthVectors {
  private AuthVectors() {}

  /**
   * Builds {@code count} items of {@code kind} for the subscriber.
   *
   * @param servingPlmn 3-octet Visited-PLMN-Id for E-UTRAN, the access network identity (UTF-8) for
   *     EAP-AKA'; unused otherwise
   * @throws IllegalArgumentException when the stored key material is unusable (message names the
   *     field, never a value)
   */
  public static List<AuthVector> build(
      SubscriberKeys keys, VectorKind kind, Sqn first, int count, byte[] servingPlmn) {
    AkaAlgorithm algorithm = AkaAlgorithm.forSubscriber(keys);
    byte[] amf = keys.amf();
    if (amf == null || amf.length != 2) {
      throw new IllegalArgumentException("amf must be 2 octets");
    }
    List<AuthVector> vectors = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Sqn sqn = first.plus(i);
      byte[] rand = RandSource.nextRand();
      vectors.add(
          switch (kind) {
            case EUTRAN -> VectorFactory.eutran(algorithm, rand, sqn, amf, servingPlmn);
            case UTRAN -> VectorFactory.utran(algorithm, rand, sqn, amf);
            case IMS, EAP_AKA -> VectorFactory.ims(algorithm, rand, sqn, amf);
            case EAP_AKA_PRIME ->
                VectorFactory.eapAkaPrime(
                    algorithm,
                    rand,
                    sqn,
                    amf,
                    new String(servingPlmn, java.nio.charset.StandardCharsets.UTF_8));
          });
    }
    return vectors;
  }
}
