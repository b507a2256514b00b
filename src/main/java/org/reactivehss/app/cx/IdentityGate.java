package org.reactivehss.app.cx;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.RequestCheck;
import org.reactivehss.identity.Identities;

/**
 * The request check of Cx, in front of every handler ({@link CxVerticle}): a User-Name that is no
 * IMPI (TS 23.003 §13.3) or a Public-Identity that is no IMPU (§13.4), in the forms the
 * provisioning API stores, names no user, so the request is answered Experimental-Result 5001
 * DIAMETER_ERROR_USER_UNKNOWN at once (TS 29.228 §6.1.1.1, §6.1.2.1, §6.1.4.1, §6.3.1 all begin
 * with "unknown identity: 5001"). Such a value never reaches the database, where some of them (a
 * NUL) are refused as an error and would have become 5012.
 */
final class IdentityGate implements RequestCheck {

  @Override
  public ResultCode refusal(DiameterMessage request) {
    Avp userName = request.first(BaseAvps.USER_NAME);
    boolean unknown = userName != null && !Identities.isImpi(userName.asUtf8());
    for (Avp impu : request.all(CxAvps.PUBLIC_IDENTITY)) {
      unknown |= !Identities.isImpu(impu.asUtf8());
    }
    return unknown ? ResultCodes.Cx.DIAMETER_ERROR_USER_UNKNOWN : null;
  }
}
