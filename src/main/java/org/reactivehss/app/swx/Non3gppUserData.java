package org.reactivehss.app.swx;

import org.reactivehss.diameter.codec.AvpWriter;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.store.Subscriber;
import org.reactivehss.store.SwxProfile;
import org.reactivehss.subscriptiondata.ApnConfiguration;

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
 * APN (the first when none is marked). APN-Configuration and AMBR are S6a's, written by {@link
 * ApnConfiguration} for both applications.
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
          ApnConfiguration.ambr(g, p.ambrUl(), p.ambrDl());
          if (!p.apns().isEmpty()) {
            g.add(S6aAvps.CONTEXT_IDENTIFIER, ApnConfiguration.defaultContext(p.apns()));
            for (Subscriber.Apn a : p.apns()) {
              ApnConfiguration.add(g, a);
            }
          }
        });
  }
}
