package org.reactivehss.app.s6a;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.RequestCheck;
import org.reactivehss.identity.Identities;

/**
 * The request check of S6a, in front of every handler ({@link S6aVerticle}): a User-Name that is
 * not an IMSI in its stored form (TS 29.272 §7.3.1 via TS 23.003 §2.2) names no subscriber, so the
 * request is answered Experimental-Result 5001 DIAMETER_ERROR_USER_UNKNOWN at once. Such a value
 * never reaches the database, where some of them (a NUL) are refused as an error and would have
 * become 5012.
 */
final class ImsiGate implements RequestCheck {

  @Override
  public ResultCode refusal(DiameterMessage request) {
    Avp userName = request.first(BaseAvps.USER_NAME);
    return userName != null && !Identities.isImsi(userName.asUtf8())
        ? ResultCodes.S6a.DIAMETER_ERROR_USER_UNKNOWN
        : null;
  }
}
