package org.reactivehss.tools.loadgen;

import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.Values;

/**
 * Update-Location-Requests for {@code --message ulr} (TS 29.272 §7.2.3) from this connection's MME
 * identity: each with a Session-Id of its own (RFC 6733 §8.8), E-UTRAN, the S6a/S6d-Indicator set
 * and the home PLMN as Visited-PLMN-Id, so that the HSS answers with the whole Subscription-Data.
 */
final class S6aRequestFactory {
  /** MCC 001 MNC 01 as a PLMN-Id (TS 29.272 §7.3.9): the home network of the test IMSIs. */
  static final byte[] TEST_PLMN = {0x00, (byte) 0xf1, 0x10};

  /** TS 29.272 §7.3.7 ULR-Flags bit 1: S6a/S6d-Indicator (the request comes from an MME). */
  static final long S6A_INDICATOR = 1 << 1;

  private final String originHost;
  private final String sessionPrefix;
  private long session;

  S6aRequestFactory(String originHost) {
    this.originHost = originHost;
    this.sessionPrefix = originHost + ";" + (System.currentTimeMillis() / 1000) + ";";
  }

  byte[] ulr(int hopByHop, String imsi) {
    return ApplicationHead.request(
            S6aCommands.UPDATE_LOCATION, sessionPrefix + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi)
        .add(S6aAvps.RAT_TYPE, Values.RatType.EUTRAN)
        .add(S6aAvps.ULR_FLAGS, S6A_INDICATOR)
        .add(S6aAvps.VISITED_PLMN_ID, TEST_PLMN)
        .build();
  }
}
