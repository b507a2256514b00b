package org.reactivehss.app.swx;

import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.SessionIds;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.SwxCommands;
import org.reactivehss.store.SwxProfile;

/**
 * The HSS-initiated SWx requests: Push-Profile and Registration-Termination (TS 29.273 §8.2.2.5,
 * §8.2.2.7), to the registered 3GPP AAA server. Its Diameter identity is the Destination-Host; the
 * realm is the part after its first label (a name without one is taken to be in this HSS's realm).
 */
final class SwxRequests {
  private SwxRequests() {}

  /**
   * PPR < Session-Id > ... { Destination-Host } { Destination-Realm } { User-Name } [
   * Non-3GPP-User-Data ].
   */
  static byte[] pushProfile(SwxContext swx, String aaaServer, SwxProfile profile) {
    return Non3gppUserData.add(
            head(SwxCommands.PUSH_PROFILE, swx, aaaServer).add(BaseAvps.USER_NAME, profile.imsi()),
            profile)
        .build();
  }

  /**
   * RTR < Session-Id > ... { Destination-Host } { Destination-Realm } { User-Name } {
   * Deregistration-Reason } (§8.2.3.x reuses TS 29.229 §6.3.16).
   */
  static byte[] registrationTermination(
      SwxContext swx, String aaaServer, String imsi, int reasonCode, String info) {
    return head(SwxCommands.REGISTRATION_TERMINATION, swx, aaaServer)
        .add(BaseAvps.USER_NAME, imsi)
        .addGroup(
            CxAvps.DEREGISTRATION_REASON,
            g -> g.add(CxAvps.REASON_CODE, reasonCode).add(CxAvps.REASON_INFO, info))
        .build();
  }

  static String realmOf(String host, String defaultRealm) {
    int dot = host.indexOf('.');
    return dot > 0 && dot < host.length() - 1 ? host.substring(dot + 1) : defaultRealm;
  }

  private static MessageBuilder head(CommandDef command, SwxContext swx, String aaaServer) {
    return ApplicationHead.request(
            command, SessionIds.process().next(swx.originHost()), swx.originHost(), swx.realm())
        .endToEnd(ThreadLocalRandom.current().nextInt())
        .add(BaseAvps.DESTINATION_HOST, aaaServer)
        .add(BaseAvps.DESTINATION_REALM, realmOf(aaaServer, swx.realm()));
  }
}
