package org.reactivehss.app.sh;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.peer.RequestCheck;
import org.reactivehss.identity.Identities;

/**
 * The request check of Sh, in front of every handler ({@link ShVerticle}): a Public-Identity in
 * User-Identity that is no IMPU (TS 23.003 §13.4), in the forms the provisioning API stores, names
 * no user: Experimental-Result 5001 DIAMETER_ERROR_USER_UNKNOWN at once (TS 29.328 §6.1.1.1), and
 * the value never reaches the database.
 */
final class ShIdentityGate implements RequestCheck {

  @Override
  public ResultCode refusal(DiameterMessage request) {
    Avp group = request.first(ShAvps.USER_IDENTITY);
    Avp impu = group == null ? null : group.first(CxAvps.PUBLIC_IDENTITY);
    return impu != null && !Identities.isImpu(impu.asUtf8())
        ? ResultCodes.Sh.DIAMETER_ERROR_USER_UNKNOWN
        : null;
  }
}
