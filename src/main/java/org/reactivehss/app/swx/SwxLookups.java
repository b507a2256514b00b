package org.reactivehss.app.swx;

import io.vertx.core.Future;
import io.vertx.core.eventbus.Message;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.ImsiRange;
import org.reactivehss.metrics.PeerRefusal;
import org.reactivehss.store.SwxProfile;

/**
 * The subscriber a SWx request names, as the asking peer may see it ({@code
 * diameter.peers[].imsi-prefixes}): the IMSI is known once the User-Name is read ({@link SwxUser}),
 * so a subscriber outside the peer's range is answered exactly as an unknown one (5001) before any
 * statement, and the refusal is counted as the peer layer's are (reason imsi_range).
 */
final class SwxLookups {
  private SwxLookups() {}

  /** The IMSI of the request's User-Name (the {@link SwxGate} has let only readable ones pass). */
  static String imsi(DiameterMessage request) {
    return SwxUser.imsiOf(request.first(BaseAvps.USER_NAME).asUtf8());
  }

  /** The profile, or null when unknown to this peer (answered 5001 by {@link #refusal}). */
  static Future<SwxProfile> profile(
      SwxContext swx, Message<DiameterMessage> message, boolean withApns) {
    String imsi = imsi(message.body());
    if (!ImsiRange.of(message).covers(imsi)) {
      swx.metrics().peerRefused(PeerRefusal.IMSI_RANGE);
      return Future.succeededFuture(null);
    }
    return swx.store().profile(imsi, withApns, DiameterBus.deadline(message.body()));
  }

  /**
   * TS 29.273 §8.1.2.1.2 and §8.1.2.2.2.1, in their order: an unknown user is 5001, one without a
   * non-3GPP subscription 5450; null when the request may go on.
   */
  static ResultCode refusal(SwxProfile profile) {
    if (profile == null) {
      return ResultCodes.Swx.DIAMETER_ERROR_USER_UNKNOWN;
    }
    return profile.non3gppAccess()
        ? null
        : ResultCodes.Swx.DIAMETER_ERROR_USER_NO_NON_3GPP_SUBSCRIPTION;
  }
}
