package org.reactivehss.app.sh;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.SessionIds;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.identity.Msisdn;
import org.reactivehss.store.ShSubscription;
import org.reactivehss.store.ShUser;

/**
 * The requests Sh makes the HSS start: Push-Notification to an AS (TS 29.329 §6.1.7) and
 * Insert-Subscriber-Data to the serving MME for user state and location (TS 29.272 §5.2.2.1).
 */
final class ShRequests {
  private ShRequests() {}

  /**
   * PNR < Session-Id > { Vendor-Specific-Application-Id } { Auth-Session-State } { Origin-Host } {
   * Origin-Realm } { Destination-Host } { Destination-Realm } { User-Identity } { User-Data }: the
   * user named as the AS named it when subscribing.
   */
  static byte[] pushNotification(ShContext sh, ShSubscription to, String shData) {
    ShUserIdentity identity = ShUserIdentity.ofKey(to.identity());
    return ApplicationHead.request(
            ShCommands.PUSH_NOTIFICATION,
            SessionIds.process().next(sh.originHost()),
            sh.originHost(),
            sh.realm())
        .endToEnd(ThreadLocalRandom.current().nextInt())
        .add(BaseAvps.DESTINATION_HOST, to.originHost())
        .add(BaseAvps.DESTINATION_REALM, to.originRealm())
        .addGroup(
            ShAvps.USER_IDENTITY,
            g -> {
              if (identity.impu() != null) {
                g.add(CxAvps.PUBLIC_IDENTITY, identity.impu());
              } else {
                g.add(ShAvps.MSISDN, Msisdn.encode(identity.msisdn()));
              }
            })
        .add(ShAvps.SH_USER_DATA, shData.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /**
   * IDR < Session-Id > { Vendor-Specific-Application-Id } { Auth-Session-State } { Origin-Host } {
   * Origin-Realm } { Destination-Host } { Destination-Realm } { User-Name } { Subscription-Data } [
   * IDR-Flags ] (TS 29.272 §7.2.9), S6a, to {@code user}'s serving MME: Subscription-Data empty,
   * the request being for state and location only.
   */
  static byte[] insertSubscriberData(ShContext sh, ShUser user, long idrFlags) {
    return ApplicationHead.request(
            S6aCommands.INSERT_SUBSCRIBER_DATA,
            SessionIds.process().next(sh.originHost()),
            sh.originHost(),
            sh.realm())
        .endToEnd(ThreadLocalRandom.current().nextInt())
        .add(BaseAvps.DESTINATION_HOST, user.servingMmeHost())
        .add(
            BaseAvps.DESTINATION_REALM,
            user.servingMmeRealm() == null ? sh.realm() : user.servingMmeRealm())
        .add(BaseAvps.USER_NAME, user.imsi())
        .addGroup(S6aAvps.SUBSCRIPTION_DATA, g -> {})
        .add(S6aAvps.IDR_FLAGS, idrFlags)
        .build();
  }
}
