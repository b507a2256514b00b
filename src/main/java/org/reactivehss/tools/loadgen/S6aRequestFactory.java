package org.reactivehss.tools.loadgen;

import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.Values;

/**
 * Update-Location-Requests for {@code --message ulr} (TS 29.272 §7.2.3) from this connection's MME
 * identity: each with a Session-Id of its own (RFC 6733 §8.8), E-UTRAN, the S6a/S6d-Indicator set
 * and the home PLMN as Visited-PLMN-Id, so that the HSS answers with the whole Subscription-Data.
 * For flows and mixed profiles also AIR (one E-UTRAN vector, optionally with
 * Re-Synchronization-Info, §7.2.5, §7.3.11) and PUR (§7.2.13).
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

  /** {@code resync} RAND || AUTS, or null for a plain AIR. */
  byte[] air(int hopByHop, String imsi, byte[] resync) {
    return head(S6aCommands.AUTHENTICATION_INFORMATION, hopByHop, imsi)
        .addGroup(
            S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
            g -> {
              g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1);
              if (resync != null) {
                g.add(S6aAvps.RE_SYNCHRONIZATION_INFO, resync);
              }
            })
        .add(S6aAvps.VISITED_PLMN_ID, TEST_PLMN)
        .build();
  }

  byte[] pur(int hopByHop, String imsi) {
    return head(S6aCommands.PURGE_UE, hopByHop, imsi).build();
  }

  private MessageBuilder head(
      org.reactivehss.diameter.dict.CommandDef command, int hopByHop, String imsi) {
    return ApplicationHead.request(command, sessionPrefix + (++session), originHost, "localdomain")
        .hopByHop(hopByHop)
        .endToEnd(hopByHop)
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi);
  }
}
