package org.reactivehss.app.s6a;

import org.reactivehss.diameter.codec.AvpWriter;
import org.reactivehss.diameter.codec.GroupBuilder;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.S6aProfile;
import org.reactivehss.store.Subscriber;
import org.reactivehss.subscriptiondata.ApnConfiguration;

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
 * APN-Configuration and AMBR are written by {@link ApnConfiguration}, which SWx shares.
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
          ApnConfiguration.ambr(g, p.ambrUl(), p.ambrDl());
          if (!p.apns().isEmpty()) {
            g.addGroup(S6aAvps.APN_CONFIGURATION_PROFILE, profile -> apnProfile(profile, p));
          }
        });
  }

  private static void apnProfile(GroupBuilder profile, S6aProfile p) {
    profile
        .add(S6aAvps.CONTEXT_IDENTIFIER, ApnConfiguration.defaultContext(p.apns()))
        .add(
            S6aAvps.ALL_APN_CONFIGURATIONS_INCLUDED_INDICATOR,
            Values.AllApnConfigurationsIncludedIndicator.ALL_APN_CONFIGURATIONS_INCLUDED);
    for (Subscriber.Apn a : p.apns()) {
      ApnConfiguration.add(profile, a);
    }
  }
}
