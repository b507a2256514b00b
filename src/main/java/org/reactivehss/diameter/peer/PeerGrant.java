package org.reactivehss.diameter.peer;

import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.PeerRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one peer may ask: which applications (null: every one agreed in CER) and about which IMSIs.
 * Checked on every request of an open connection, on the message already parsed, before it is
 * dispatched; a refusal is answered 5003 DIAMETER_AUTHORIZATION_REJECTED. The IMSI range is checked
 * here where the request names the IMSI itself ({@link DiameterApplication.ImsiCheck#USER_NAME},
 * S6a); elsewhere it travels with the request and the handler checks it after its lookup (Cx).
 */
record PeerGrant(Set<Integer> applications, ImsiRange imsis) {
  static final PeerGrant ALL = new PeerGrant(null, ImsiRange.ALL);
  private static final Logger log = LoggerFactory.getLogger(PeerGrant.class);

  /**
   * The 5003 problem to answer {@code request} with, logged and counted; null when it is granted.
   */
  DecodeProblem check(DiameterMessage request, Link link, String peerHost, HssMetrics metrics) {
    PeerRefusal refusal = refusal(request);
    if (refusal == null) {
      return null;
    }
    log.warn(
        "{}: {} is not granted this request ({})",
        link.describe(),
        LogSafe.text(peerHost),
        refusal.tag());
    metrics.peerRefused(refusal);
    return DecodeProblem.of(
        ResultCodes.DIAMETER_AUTHORIZATION_REJECTED, null, "not authorised: " + refusal.tag());
  }

  /** Why {@code request} is outside this grant, or null when it is inside. */
  PeerRefusal refusal(DiameterMessage request) {
    int app = request.applicationId();
    if (app == Applications.BASE) {
      return null;
    }
    if (applications != null && !applications.contains(app)) {
      return PeerRefusal.APPLICATION;
    }
    DiameterApplication.ImsiCheck check = imsiCheck(app);
    if (imsis.prefixes().isEmpty()
        || check == null
        || check == DiameterApplication.ImsiCheck.IDENTITY_LOOKUP) {
      return null;
    }
    // TS 29.272 §7.2: User-Name of every S6a request from an MME/SGSN is the IMSI. Without one the
    // range cannot be checked, so the request is refused rather than let through; on S13 (§7.2.19)
    // User-Name is optional, and an ECR without it names no subscriber.
    Avp userName = request.first(BaseAvps.USER_NAME);
    if (userName == null && check == DiameterApplication.ImsiCheck.USER_NAME_WHEN_PRESENT) {
      return null;
    }
    return userName != null && imsis.covers(userName.asUtf8()) ? null : PeerRefusal.IMSI_RANGE;
  }

  private static DiameterApplication.ImsiCheck imsiCheck(int app) {
    DiameterApplication known = DiameterApplication.byId(app);
    return known == null ? null : known.imsiCheck();
  }
}
