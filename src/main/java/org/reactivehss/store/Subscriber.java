package org.reactivehss.store;

import java.util.List;

/**
 * A subscriber as provisioned, validated, keys in clear (in memory only; {@code toString} hides
 * them).
 *
 * @param sqn SQN_HE to set, or null to keep the stored one (0 for a new subscriber)
 * @param ims the IMS identities, or null when the subscriber has no IMS subscription
 * @param non3gppAccess the subscriber may attach over non-3GPP access (SWx, TS 29.273 §8.2.3.3)
 */
public record Subscriber(
    String imsi,
    String msisdn,
    String algorithm,
    byte[] k,
    byte[] op,
    byte[] opc,
    byte[] amf,
    Long sqn,
    String status,
    Long ambrUl,
    Long ambrDl,
    int accessRestriction,
    boolean roamingAllowed,
    boolean non3gppAccess,
    List<Apn> apns,
    Ims ims) {

  /** One APN-Configuration, TS 29.272 §7.3.35 (QCI §7.3.39 via TS 29.212, ARP §7.3.40). */
  public record Apn(
      String apn,
      int contextId,
      boolean isDefault,
      String pdnType,
      int qci,
      int arpPriority,
      boolean preemptionCapable,
      boolean preemptionVulnerable,
      Long ambrUl,
      Long ambrDl) {}

  /**
   * IMS private identity, its public identities and the IMS subscription (TS 29.228 §6.1, §6.5);
   * {@code barredImpus} is the subset of {@code impus} that is barred.
   */
  public record Ims(
      String impi, List<String> impus, List<String> barredImpus, String serviceProfile) {}

  @Override
  public String toString() {
    return "Subscriber[imsi="
        + imsi
        + ", msisdn="
        + msisdn
        + ", algorithm="
        + algorithm
        + ", keys=<redacted>, apns="
        + apns
        + ", ims="
        + ims
        + "]";
  }
}
