package org.reactivehss.store;

import io.vertx.sqlclient.Row;

/**
 * The serving nodes of one subscriber while Update-Locations are decided under its row lock (TS
 * 29.272 §5.2.1.1.3), and what they leave to be written. Pure: read from the row once, then each
 * ULR in arrival order sees what the ones before it did.
 *
 * <ul>
 *   <li>An MME's ULR replaces the MME registration only, an SGSN's the SGSN registration only
 *       (ULA-Flags Separation Indication, §7.3.8).
 *   <li>An MME's Single-Registration-Indication (§7.3.7 bit 0) withdraws the SGSN registration.
 *   <li>After an admitted ULR the node kind holds current data: either the ULA carries
 *       Subscription-Data, or it skipped it because the data was already current.
 * </ul>
 */
final class ServingNodes {
  String mmeHost;
  String mmeRealm;
  String sgsnHost;
  String sgsnRealm;
  boolean mmeCurrent;
  boolean sgsnCurrent;

  /** Written by this batch: the node registered again (since, purge flag, number reset). */
  boolean mmeRegistered;

  boolean sgsnRegistered;
  byte[] sgsnNumber;
  String imei;
  String softwareVersion;

  /** The state in a row of {@link S6aStore#PROFILE_COLUMNS} from column {@code from} on. */
  static ServingNodes of(Row s, int from) {
    ServingNodes n = new ServingNodes();
    n.mmeHost = s.getString(from + 6);
    n.mmeRealm = s.getString(from + 7);
    n.sgsnHost = s.getString(from + 8);
    n.sgsnRealm = s.getString(from + 9);
    n.mmeCurrent = Boolean.TRUE.equals(s.getBoolean(from + 10));
    n.sgsnCurrent = Boolean.TRUE.equals(s.getBoolean(from + 11));
    return n;
  }

  /** Decides {@code r} against the state so far and applies it when admitted. */
  LocationUpdate apply(LocationRequest r, S6aProfile profile) {
    boolean sgsn = r.node() == ServingNode.SGSN;
    String previousHost = sgsn ? sgsnHost : mmeHost;
    String previousRealm = sgsn ? sgsnRealm : mmeRealm;
    boolean current = sgsn ? sgsnCurrent : mmeCurrent;
    if (!r.admits().test(profile)) {
      return new LocationUpdate(profile, false, previousHost, previousRealm, null, null, current);
    }
    String withdrawnHost = null;
    String withdrawnRealm = null;
    if (sgsn) {
      sgsnHost = r.host();
      sgsnRealm = r.realm();
      sgsnNumber = r.sgsnNumber();
      sgsnCurrent = true;
      sgsnRegistered = true;
    } else {
      mmeHost = r.host();
      mmeRealm = r.realm();
      mmeCurrent = true;
      mmeRegistered = true;
      if (r.singleRegistration() && sgsnHost != null) {
        withdrawnHost = sgsnHost;
        withdrawnRealm = sgsnRealm;
        sgsnHost = null;
        sgsnRealm = null;
        sgsnNumber = null;
        sgsnCurrent = false;
        sgsnRegistered = false;
      }
    }
    imei = r.imei() != null ? r.imei() : imei;
    softwareVersion = r.softwareVersion() != null ? r.softwareVersion() : softwareVersion;
    return new LocationUpdate(
        profile, true, previousHost, previousRealm, withdrawnHost, withdrawnRealm, current);
  }
}
