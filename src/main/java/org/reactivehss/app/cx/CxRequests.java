package org.reactivehss.app.cx;

import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.SessionIds;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;

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
    return head(Commands.REGISTRATION_TERMINATION, cx, to)
        .add(Avps.USER_NAME, impi)
        .addGroup(
            Avps.DEREGISTRATION_REASON,
            g -> g.add(Avps.REASON_CODE, reasonCode).add(Avps.REASON_INFO, info))
        .build();
  }

  /**
   * PPR < Session-Id > ... { Destination-Host } { Destination-Realm } { User-Name } [ User-Data ].
   */
  static byte[] pushProfile(CxContext cx, ScscfAddress to, String impi, byte[] userData) {
    return head(Commands.PUSH_PROFILE, cx, to)
        .add(Avps.USER_NAME, impi)
        .add(Avps.USER_DATA, userData)
        .build();
  }

  /** {@link ApplicationHead#request}, then { Destination-Host } { Destination-Realm }. */
  private static MessageBuilder head(CommandDef command, CxContext cx, ScscfAddress to) {
    return ApplicationHead.request(
            command, SessionIds.process().next(cx.originHost()), cx.originHost(), cx.realm())
        .endToEnd(ThreadLocalRandom.current().nextInt())
        .add(Avps.DESTINATION_HOST, to.host())
        .add(Avps.DESTINATION_REALM, to.realm());
  }
}
