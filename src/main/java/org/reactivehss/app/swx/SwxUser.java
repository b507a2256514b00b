package org.reactivehss.app.swx;

import org.reactivehss.identity.Identities;

/**
 * The IMSI a SWx User-Name names. TS 29.273 §8.2.2.1 puts the user's permanent identity there: the
 * IMSI, which 3GPP AAA servers send either bare or in the NAI form of TS 23.003 §19.3.2, {@code
 * 0<IMSI>@nai.epc...} for EAP-AKA and {@code 6<IMSI>@nai.epc...} for EAP-AKA'. Read as: a bare IMSI
 * (14 or 15 digits); or the user part of a NAI that is an IMSI, or an IMSI after a leading
 * identity-type digit 0 or 6, when the part has 16 digits (0 or 6 then an IMSI of 15) or has 15 and
 * begins with 0 (no MCC begins with 0). A 15-digit part that begins with 6 is read as an IMSI of an
 * MCC 6xx, never as 6 and a 14-digit IMSI (docs/swx.md).
 */
final class SwxUser {
  private SwxUser() {}

  /** The IMSI, or null when {@code userName} names none (answered 5001 by {@link SwxGate}). */
  static String imsiOf(String userName) {
    if (userName == null) {
      return null;
    }
    int at = userName.indexOf('@');
    if (at < 0) {
      return Identities.isImsi(userName) ? userName : null;
    }
    String user = userName.substring(0, at);
    boolean typed =
        user.length() == 16 && (user.charAt(0) == '0' || user.charAt(0) == '6')
            || user.length() == 15 && user.charAt(0) == '0';
    String imsi = typed ? user.substring(1) : user;
    return Identities.isImsi(imsi) ? imsi : null;
  }
}
