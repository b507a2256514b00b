package org.reactivehss.app.s6a;

import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.store.ServingNode;

/**
 * Cancel-Location to an MME or an SGSN (TS 29.272 §5.2.1.2, CLR §7.2.7): fire and forget for the
 * caller; the answer (CLA) and retries are {@link MmeRequests}'.
 */
final class CancelLocation {
  /**
   * §7.3.152 CLR-Flags bit 0 S6a/S6d-Indicator: set, the request is sent on S6a (to an MME);
   * cleared, on S6d (to an SGSN).
   */
  static final long S6A_INDICATOR = 1;

  private final MmeRequests requests;

  CancelLocation(MmeRequests requests) {
    this.requests = requests;
  }

  void send(ServingNode node, String host, String realm, String imsi, int cancellationType) {
    long flags = clrFlags(node);
    requests.send(
        S6aCommands.CANCEL_LOCATION,
        host,
        realm,
        imsi,
        clr -> clr.add(S6aAvps.CANCELLATION_TYPE, cancellationType).add(S6aAvps.CLR_FLAGS, flags));
  }

  static long clrFlags(ServingNode node) {
    return node == ServingNode.MME ? S6A_INDICATOR : 0;
  }
}
