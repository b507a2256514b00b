package org.reactivehss.store;

import java.util.List;

/**
 * What S6a sends as Subscription-Data (TS 29.272 §7.3.2), read from the subscriber's row and APNs.
 *
 * @param barred status "barred": sent as Subscriber-Status OPERATOR_DETERMINED_BARRING
 * @param accessRestriction Access-Restriction-Data bit mask (§7.3.31)
 * @param apns the APN configurations, ordered by context id
 */
public record S6aProfile(
    String imsi,
    String msisdn,
    boolean barred,
    Long ambrUl,
    Long ambrDl,
    int accessRestriction,
    boolean roamingAllowed,
    List<Subscriber.Apn> apns) {}
