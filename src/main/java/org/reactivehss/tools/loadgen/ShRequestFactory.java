package org.reactivehss.tools.loadgen;

import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;

/**
 * User-Data-Requests for {@code --message udr} (Sh-Pull, TS 29.329 §6.1.1): Data-Reference
 * IMSUserState (11) of the user with IMPU {@code sip:<imsi>@ims.localdomain} (as
 * benchmarks/sh-udr.sh provisions them), each with a Session-Id of its own. The asking AS is the
 * connection's Origin-Host, which needs a permission list allowing UDR of IMSUserState
 * (benchmarks/sh-udr.sh puts one).
 */
final class ShRequestFactory {
  /** TS 29.329 §6.3.4 Data-Reference IMSUserState. */
  static final int IMS_USER_STATE = 11;

  private final String originHost;
  private final String sessionPrefix;
  private long session;

  ShRequestFactory(String originHost) {
    this.originHost = originHost;
    this.sessionPrefix = originHost + ";" + (System.currentTimeMillis() / 1000) + ";";
  }

  byte[] udr(int hopByHop, String imsi) {
    return ApplicationHead.request(
            ShCommands.USER_DATA_SH, sessionPrefix + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .addGroup(
            ShAvps.USER_IDENTITY,
            g -> g.add(CxAvps.PUBLIC_IDENTITY, "sip:" + imsi + "@" + CxRequestFactory.IMS_DOMAIN))
        .add(ShAvps.DATA_REFERENCE, IMS_USER_STATE)
        .build();
  }
}
