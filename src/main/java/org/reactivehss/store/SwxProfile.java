package org.reactivehss.store;

import java.util.List;

/**
 * What SWx reads of a subscriber (TS 29.273 §8.1.2): whether non-3GPP access is subscribed, the
 * registered 3GPP AAA server, and the data Non-3GPP-User-Data is built from (§8.2.3.1).
 *
 * @param barred status "barred": sent as Non-3GPP-IP-Access NON_3GPP_SUBSCRIPTION_BARRED
 * @param aaaServerName the 3GPP AAA server registered for the user (its Diameter identity), or null
 * @param apns the APN configurations, ordered by context id (empty when not read)
 */
public record SwxProfile(
    String imsi,
    String msisdn,
    boolean barred,
    boolean non3gppAccess,
    String aaaServerName,
    Long ambrUl,
    Long ambrDl,
    List<Subscriber.Apn> apns) {

  public SwxProfile {
    apns = List.copyOf(apns);
  }
}
