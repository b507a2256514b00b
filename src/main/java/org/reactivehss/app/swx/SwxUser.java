package org.reactivehss.app.swx;

import org.reactivehss.identity.Identities;

/**
 * The IMSI a SWx User-Name names. TS 29.273 §8.2.2.1 puts the user's permanent identity there: the
 * IMSI, which 3GPP AAA servers send either bare or in the NAI form of TS 23.003 §19.3.2, {@code
 * 0<IMSI>@nai.epc...} for EAP-AKA and {@code 6<IMSI>@nai.epc...} for EAP-AKA'. Read as: a bare IMSI
 * (14 or 15 digits); or the user part of a NAI, which is the IMSI after the identity-type digit 0
 * or 6 when it has 16 digits, and the IMSI itself otherwise. A 14-digit IMSI behind a type digit
 * (15 digits) is therefore read as a 15-digit IMSI: the test network's MCC 001 and real MCCs
 * beginning with 6 make the two forms indistinguishable, and 15-digit IMSIs are the common case
 * (docs/swx.md).
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
    boolean typed = user.length() == 16 && (user.charAt(0) == '0' || user.charAt(0) == '6');
    String imsi = typed ? user.substring(1) : user;
    return Identities.isImsi(imsi) ? imsi : null;
  }
}
