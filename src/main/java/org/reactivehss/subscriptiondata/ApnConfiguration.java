package org.reactivehss.subscriptiondata;

import java.util.List;
import org.reactivehss.diameter.codec.GroupBuilder;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.Subscriber;

/**
 * APN-Configuration (TS 29.272 §7.3.35) and AMBR (§7.3.41) as written from a stored APN list. S6a
 * carries them in APN-Configuration-Profile (§7.3.34) of Subscription-Data, SWx in
 * Non-3GPP-User-Data (TS 29.273 §8.2.3.1, which reuses the S6a grammar); both applications write
 * them through here, since they may not import each other (ArchitectureTest).
 *
 * <pre>
 * APN-Configuration ::= { Context-Identifier } { PDN-Type } { Service-Selection }
 *   [ EPS-Subscribed-QoS-Profile ] [ AMBR ] ...                                           (§7.3.35)
 * EPS-Subscribed-QoS-Profile ::= { QoS-Class-Identifier } { Allocation-Retention-Priority } (§7.3.37)
 * AMBR ::= { Max-Requested-Bandwidth-UL } { Max-Requested-Bandwidth-DL }                  (§7.3.41)
 * </pre>
 */
public final class ApnConfiguration {
  private ApnConfiguration() {}

  /** One APN-Configuration AVP for {@code a}, added to {@code g}. */
  public static void add(GroupBuilder g, Subscriber.Apn a) {
    g.addGroup(
        S6aAvps.APN_CONFIGURATION,
        c -> {
          c.add(S6aAvps.CONTEXT_IDENTIFIER, a.contextId())
              .add(S6aAvps.PDN_TYPE, pdnType(a.pdnType()))
              .add(S6aAvps.SERVICE_SELECTION, a.apn())
              .addGroup(
                  S6aAvps.EPS_SUBSCRIBED_QOS_PROFILE,
                  q ->
                      q.add(S6aAvps.QOS_CLASS_IDENTIFIER, a.qci())
                          .addGroup(
                              S6aAvps.ALLOCATION_RETENTION_PRIORITY,
                              arp ->
                                  arp.add(S6aAvps.PRIORITY_LEVEL, a.arpPriority())
                                      .add(
                                          S6aAvps.PRE_EMPTION_CAPABILITY,
                                          preEmption(a.preemptionCapable()))
                                      .add(
                                          S6aAvps.PRE_EMPTION_VULNERABILITY,
                                          preEmption(a.preemptionVulnerable()))));
          ambr(c, a.ambrUl(), a.ambrDl());
        });
  }

  /**
   * The Context-Identifier of the default APN: the one marked default, else the first. {@code apns}
   * is not empty.
   */
  public static int defaultContext(List<Subscriber.Apn> apns) {
    return apns.stream()
        .filter(Subscriber.Apn::isDefault)
        .findFirst()
        .orElse(apns.get(0))
        .contextId();
  }

  /**
   * §7.3.41 AMBR, bits/s as Unsigned32 (a missing direction as 0), added to {@code g} unless both
   * are missing.
   */
  public static void ambr(GroupBuilder g, Long ul, Long dl) {
    if (ul == null && dl == null) {
      return;
    }
    g.addGroup(
        S6aAvps.AMBR,
        a ->
            a.add(S6aAvps.MAX_REQUESTED_BANDWIDTH_UL, unsigned32(ul))
                .add(S6aAvps.MAX_REQUESTED_BANDWIDTH_DL, unsigned32(dl)));
  }

  private static long unsigned32(Long bps) {
    return bps == null ? 0 : Math.min(bps, 0xffffffffL);
  }

  /** §7.3.62 PDN-Type from the stored name. */
  private static int pdnType(String stored) {
    return switch (stored) {
      case "ipv6" -> Values.PdnType.IPV6;
      case "ipv4v6" -> Values.PdnType.IPV4V6;
      case "ipv4_or_ipv6" -> Values.PdnType.IPV4_OR_IPV6;
      default -> Values.PdnType.IPV4;
    };
  }

  /** TS 29.212 §5.3.46/§5.3.47: Pre-emption-Capability and -Vulnerability share their values. */
  private static int preEmption(boolean enabled) {
    return enabled ? Values.PreEmption.ENABLED : Values.PreEmption.DISABLED;
  }
}
