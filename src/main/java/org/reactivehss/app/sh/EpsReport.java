package org.reactivehss.app.sh;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * What the serving MME reported in its IDA (TS 29.272 §5.2.2.1.2), in the terms of TS 29.328 Annex
 * D.
 *
 * @param userState tPSUserState for EPSUserState, or null when the MME gave none
 * @param location EPSLocationInformation, or null when the MME gave none
 */
record EpsReport(Integer userState, EpsLocation location) {
  /** tPSUserState 0 Detached: no MME holds the subscriber (none registered, or purged). */
  static final EpsReport DETACHED = new EpsReport(0, null);

  /** tPSUserState 5 NotProvidedFromSGSNorMME. */
  static final int NOT_PROVIDED = 5;

  /** TS 29.328 Annex D tPSUserState 6 NetworkDeterminedNotReachable. */
  static final int NETWORK_DETERMINED_NOT_REACHABLE = 6;

  /** TS 29.272 §7.3.114 User-State 5 NETWORK_DETERMINED_NOT_REACHABLE. */
  static final int S6A_NETWORK_DETERMINED_NOT_REACHABLE = 5;

  /** The report of a successful IDA, or null when the MME refused (any other result). */
  static EpsReport of(DiameterMessage ida, String mmeName) {
    if (ida.isExperimentalResult() || ida.resultCode() != ResultCodes.DIAMETER_SUCCESS.code()) {
      return null;
    }
    Avp state = nested(ida.first(S6aAvps.EPS_USER_STATE), S6aAvps.MME_USER_STATE);
    Avp userState = state == null ? null : state.first(S6aAvps.USER_STATE);
    Avp where =
        nested(ida.first(S6aAvps.EPS_LOCATION_INFORMATION), S6aAvps.MME_LOCATION_INFORMATION);
    return new EpsReport(
        userState == null ? NOT_PROVIDED : psUserState(userState.asEnumerated()),
        where == null ? null : EpsLocation.of(where, mmeName));
  }

  /**
   * TS 29.272 §7.3.114 User-State to TS 29.328 Annex D tPSUserState: 0 - 4 (Detached to
   * ConnectedReachableForPaging) are the same; NETWORK_DETERMINED_NOT_REACHABLE is 6 there; any
   * value a later release adds is "not provided".
   */
  static int psUserState(int s6aUserState) {
    if (s6aUserState >= 0 && s6aUserState <= 4) {
      return s6aUserState;
    }
    return s6aUserState == S6A_NETWORK_DETERMINED_NOT_REACHABLE
        ? NETWORK_DETERMINED_NOT_REACHABLE
        : NOT_PROVIDED;
  }

  private static Avp nested(Avp outer, org.reactivehss.diameter.dict.AvpDef inner) {
    return outer == null ? null : outer.first(inner);
  }
}
