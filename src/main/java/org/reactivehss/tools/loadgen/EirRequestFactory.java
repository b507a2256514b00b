package org.reactivehss.tools.loadgen;

import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S13Commands;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * ME-Identity-Check-Requests for {@code --message ecr} (TS 29.272 §7.2.19): each with a Session-Id
 * of its own, Terminal-Information with a 14-digit IMEI (TAC + SNR) from {@link #FIRST_IMEI} on and
 * Software-Version 01, and User-Name the IMSI at the same index of the provisioned range, so that
 * IMEI bound to IMSI rules can be exercised too.
 */
final class EirRequestFactory {
  /** The first IMEI of the range: TAC 35000000, SNR 000000. */
  static final long FIRST_IMEI = 35_000_000_000_000L;

  private final String originHost;
  private final String sessionPrefix;
  private long session;

  EirRequestFactory(String originHost) {
    this.originHost = originHost;
    this.sessionPrefix = originHost + ";" + (System.currentTimeMillis() / 1000) + ";";
  }

  /** An ECR for the {@code index}-th IMEI of the range, used by {@code imsi}. */
  byte[] ecr(int hopByHop, int index, String imsi) {
    return ApplicationHead.request(
            S13Commands.ME_IDENTITY_CHECK, sessionPrefix + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .addGroup(
            S6aAvps.TERMINAL_INFORMATION,
            g ->
                g.add(S6aAvps.IMEI, Long.toString(FIRST_IMEI + index))
                    .add(S6aAvps.SOFTWARE_VERSION, "01"))
        .add(BaseAvps.USER_NAME, imsi)
        .build();
  }
}
