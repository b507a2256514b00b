package org.reactivehss.app.swx;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.RequestCheck;

/**
 * The request check of SWx, in front of every handler ({@link SwxVerticle}): a User-Name that names
 * no IMSI ({@link SwxUser}) names no user, so the request is answered Experimental-Result 5001
 * DIAMETER_ERROR_USER_UNKNOWN at once (TS 29.273 §8.1.2.1.2, §8.1.2.2.2: "user unknown") and the
 * value never reaches the database.
 */
final class SwxGate implements RequestCheck {

  @Override
  public ResultCode refusal(DiameterMessage request) {
    Avp userName = request.first(BaseAvps.USER_NAME);
    return userName != null && SwxUser.imsiOf(userName.asUtf8()) == null
        ? ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN
        : null;
  }
}
