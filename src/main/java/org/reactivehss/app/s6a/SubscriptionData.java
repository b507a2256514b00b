package org.reactivehss.app.s6a;

import org.reactivehss.diameter.codec.AvpWriter;
import org.reactivehss.diameter.codec.GroupBuilder;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.S6aProfile;
import org.reactivehss.store.Subscriber;

/**
 * Subscription-Data (TS 29.272 §7.3.2) for ULA and IDR:
 *
 * <pre>
 * Subscription-Data ::= [ MSISDN ] [ Subscriber-Status ] [ Operator-Determined-Barring ]
 *   [ Network-Access-Mode ] [ Access-Restriction-Data ] [ AMBR ] [ APN-Configuration-Profile ] ...
 * APN-Configuration-Profile ::= { Context-Identifier } { All-APN-Configurations-Included-Indicator }
 *   1*{ APN-Configuration }                                                            (§7.3.34)
 * APN-Configuration ::= { Context-Identifier } { PDN-Type } { Service-Selection }
 *   [ EPS-Subscribed-QoS-Profile ] [ AMBR ] ...                                           (§7.3.35)
 * EPS-Subscribed-QoS-Profile ::= { QoS-Class-Identifier } { Allocation-Retention-Priority } (§7.3.37)
 * </pre>
 *
 * A barred subscriber is sent as Subscriber-Status OPERATOR_DETERMINED_BARRING (§7.3.29) with
 * Operator-Determined-Barring bit 0 "All Packet Oriented Services Barred" (§7.3.30). The profile
 * always carries every APN (All_APN_CONFIGURATIONS_INCLUDED), so an IDR replaces the MME's whole
 * list and an APN removed through the API disappears without a separate Delete-Subscriber-Data.
 */
final class SubscriptionData {
  /** §7.3.30 Operator-Determined-Barring bit 0. */
  static final long ALL_PACKET_ORIENTED_SERVICES_BARRED = 1;

  private SubscriptionData() {}

  static <S extends AvpWriter<S>> S add(S out, S6aProfile p) {
    return out.addGroup(
        S6aAvps.SUBSCRIPTION_DATA,
        g -> {
          if (p.msisdn() != null) {
            g.add(ShAvps.MSISDN, Tbcd.encode(p.msisdn()));
          }
          g.add(
              S6aAvps.SUBSCRIBER_STATUS,
              p.barred()
                  ? Values.SubscriberStatus.OPERATOR_DETERMINED_BARRING
                  : Values.SubscriberStatus.SERVICE_GRANTED);
          if (p.barred()) {
            g.add(S6aAvps.OPERATOR_DETERMINED_BARRING, ALL_PACKET_ORIENTED_SERVICES_BARRED);
          }
          // this HSS serves EPS, no circuit-switched domain
          g.add(S6aAvps.NETWORK_ACCESS_MODE, Values.NetworkAccessMode.ONLY_PACKET);
          if (p.accessRestriction() != 0) {
            g.add(S6aAvps.ACCESS_RESTRICTION_DATA, p.accessRestriction() & 0xffffffffL);
          }
          ambr(g, p.ambrUl(), p.ambrDl());
          if (!p.apns().isEmpty()) {
            g.addGroup(S6aAvps.APN_CONFIGURATION_PROFILE, profile -> apnProfile(profile, p));
          }
        });
  }

  private static void apnProfile(GroupBuilder profile, S6aProfile p) {
    Subscriber.Apn fallback = p.apns().get(0);
    int defaultContext =
        p.apns().stream()
            .filter(Subscriber.Apn::isDefault)
            .findFirst()
            .orElse(fallback)
            .contextId();
    profile
        .add(S6aAvps.CONTEXT_IDENTIFIER, defaultContext)
        .add(
            S6aAvps.ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR,
            Values.AllApnConfigurationsIncludedIndicator.ALL_APN_CONFIGURATIONS_INCLUDED);
    for (Subscriber.Apn a : p.apns()) {
      profile.addGroup(
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
  }

  /** §7.3.41 AMBR {Max-Requested-Bandwidth-UL}{Max-Requested-Bandwidth-DL}, bits/s, Unsigned32. */
  private static void ambr(GroupBuilder g, Long ul, Long dl) {
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
  static int pdnType(String stored) {
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
