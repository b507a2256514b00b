package org.reactivehss.app.slh;

import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.RequestCheck;
import org.reactivehss.identity.Identities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request check of SLh, in front of the handler ({@link SlhVerticle}), in the order of TS
 * 29.173 §5.2.1.2: first whether the requesting GMLC may ask at all (step 1: Experimental-Result
 * 5490 DIAMETER_ERROR_UNAUTHORIZED_REQUESTING_NETWORK, {@code slh.allowed-gmlcs}), then whether a
 * User-Name can name a subscriber (step 2: a User-Name that is not an IMSI, TS 23.003 §2.2, names
 * none, 5001), so that such a value never reaches the database.
 */
final class SlhGate implements RequestCheck {
  private static final Logger log = LoggerFactory.getLogger(SlhGate.class);

  /** Empty: every GMLC granted SLh may ask. */
  private final Set<String> allowedGmlcs;

  SlhGate(SlhOptions options) {
    this.allowedGmlcs = options.allowedKeys();
  }

  @Override
  public ResultCode refusal(DiameterMessage request) {
    if (!allowedGmlcs.isEmpty()) {
      Avp origin = request.first(BaseAvps.ORIGIN_HOST);
      if (origin == null || !allowedGmlcs.contains(DiameterIdentity.key(origin.asUtf8()))) {
        // DEBUG: a misconfigured GMLC asks at its own rate; the result metric counts the refusals
        log.debug("an RIR from a GMLC outside slh.allowed-gmlcs was refused (5490)");
        return ResultCodes.SLh.DIAMETER_ERROR_UNAUTHORIZED_REQUESTING_NETWORK;
      }
    }
    Avp userName = request.first(BaseAvps.USER_NAME);
    return userName != null && !Identities.isImsi(userName.asUtf8())
        ? ResultCodes.SLh.DIAMETER_ERROR_USER_UNKNOWN
        : null;
  }
}
