package org.reactivehss.app.swx;

import org.reactivehss.diameter.codec.AvpWriter;
import org.reactivehss.diameter.codec.GroupBuilder;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.Subscriber;
import org.reactivehss.store.SwxProfile;

/**
 * Non-3GPP-User-Data (TS 29.273 §8.2.3.1) for SAA and PPR:
 *
 * <pre>
 * Non-3GPP-User-Data ::= [ Subscription-Id ] [ Non-3GPP-IP-Access ] [ Non-3GPP-IP-Access-APN ]
 *   *[ RAT-Type ] [ Session-Timeout ] [ MIP6-Feature-Vector ] [ AMBR ]
 *   [ 3GPP-Charging-Characteristics ] [ Context-Identifier ] [ APN-OI-Replacement ]
 *   *[ APN-Configuration ] ...
 * APN-Configuration ::= { Context-Identifier } { PDN-Type } { Service-Selection }
 *   [ EPS-Subscribed-QoS-Profile ] [ AMBR ] ...                        (TS 29.272 §7.3.35)
 * </pre>
 *
 * Subscription-Id is the MSISDN (END_USER_E164) when provisioned; Non-3GPP-IP-Access is
 * NON_3GPP_SUBSCRIPTION_ALLOWED unless the non-3GPP flag is off or the subscriber is barred;
 * Non-3GPP-IP-Access-APN enables the APNs when there are any; Context-Identifier names the default
 * APN (the first when none is marked). The APN-Configuration grammar is S6a's, written here again
 * because the applications do not share code (ArchitectureTest).
 */
final class Non3gppUserData {
  private Non3gppUserData() {}

  static <S extends AvpWriter<S>> S add(S out, SwxProfile p) {
    return out.addGroup(
        SwxAvps.NON_3GPP_USER_DATA,
        g -> {
          if (p.msisdn() != null) {
            g.addGroup(
                SwxAvps.SUBSCRIPTION_ID,
                id ->
                    id.add(SwxAvps.SUBSCRIPTION_ID_TYPE, Values.SubscriptionIdType.END_USER_E164)
                        .add(SwxAvps.SUBSCRIPTION_ID_DATA, p.msisdn()));
          }
          g.add(
              SwxAvps.NON_3GPP_IP_ACCESS,
              p.non3gppAccess() && !p.barred()
                  ? Values.Non3gppIpAccess.NON_3GPP_SUBSCRIPTION_ALLOWED
                  : Values.Non3gppIpAccess.NON_3GPP_SUBSCRIPTION_BARRED);
          g.add(
              SwxAvps.NON_3GPP_IP_ACCESS_APN,
              p.apns().isEmpty()
                  ? Values.Non3gppIpAccessApn.NON_3GPP_APNS_DISABLE
                  : Values.Non3gppIpAccessApn.NON_3GPP_APNS_ENABLE);
          ambr(g, p.ambrUl(), p.ambrDl());
          if (!p.apns().isEmpty()) {
            g.add(S6aAvps.CONTEXT_IDENTIFIER, defaultContext(p));
            for (Subscriber.Apn a : p.apns()) {
              g.addGroup(S6aAvps.APN_CONFIGURATION, c -> apn(c, a));
            }
          }
        });
  }

  private static int defaultContext(SwxProfile p) {
    return p.apns().stream()
        .filter(Subscriber.Apn::isDefault)
        .findFirst()
        .orElse(p.apns().get(0))
        .contextId();
  }

  private static void apn(GroupBuilder c, Subscriber.Apn a) {
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
  }

  /** TS 29.272 §7.3.41 AMBR {Max-Requested-Bandwidth-UL}{Max-Requested-Bandwidth-DL}, bits/s. */
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

  /** TS 29.272 §7.3.62 PDN-Type from the stored name. */
  private static int pdnType(String stored) {
    return switch (stored) {
      case "ipv6" -> Values.PdnType.IPV6;
      case "ipv4v6" -> Values.PdnType.IPV4V6;
      case "ipv4_or_ipv6" -> Values.PdnType.IPV4_OR_IPV6;
      default -> Values.PdnType.IPV4;
    };
  }

  private static int preEmption(boolean enabled) {
    return enabled ? Values.PreEmption.ENABLED : Values.PreEmption.DISABLED;
  }
}
