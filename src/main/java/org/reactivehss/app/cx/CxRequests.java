package org.reactivehss.app.cx;

import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.SessionIds;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;

/**
 * The HSS-initiated Cx requests: Registration-Termination and Push-Profile (TS 29.229 §6.1.9,
 * §6.1.11).
 */
final class CxRequests {

  private CxRequests() {}

  /**
   * RTR < Session-Id > ... { Destination-Host } { Destination-Realm } { User-Name } {
   * Deregistration-Reason }.
   */
  static byte[] registrationTermination(
      CxContext cx, ScscfAddress to, String impi, int reasonCode, String info) {
    return head(CxCommands.REGISTRATION_TERMINATION, cx, to)
        .add(BaseAvps.USER_NAME, impi)
        .addGroup(
            CxAvps.DEREGISTRATION_REASON,
            g -> g.add(CxAvps.REASON_CODE, reasonCode).add(CxAvps.REASON_INFO, info))
        .build();
  }

  /**
   * PPR < Session-Id > ... { Destination-Host } { Destination-Realm } { User-Name } [ User-Data ].
   */
  static byte[] pushProfile(CxContext cx, ScscfAddress to, String impi, byte[] userData) {
    return head(CxCommands.PUSH_PROFILE, cx, to)
        .add(BaseAvps.USER_NAME, impi)
        .add(CxAvps.USER_DATA, userData)
        .build();
  }

  /** {@link ApplicationHead#request}, then { Destination-Host } { Destination-Realm }. */
  private static MessageBuilder head(CommandDef command, CxContext cx, ScscfAddress to) {
    return ApplicationHead.request(
            command, SessionIds.process().next(cx.originHost()), cx.originHost(), cx.realm())
        .endToEnd(ThreadLocalRandom.current().nextInt())
        .add(BaseAvps.DESTINATION_HOST, to.host())
        .add(BaseAvps.DESTINATION_REALM, to.realm());
  }
}
