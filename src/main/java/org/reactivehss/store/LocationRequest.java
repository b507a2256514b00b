package org.reactivehss.store;

import java.util.function.Predicate;

/**
 * One Update-Location as storage sees it (TS 29.272 §5.2.1.1.3).
 *
 * @param node MME (S6a) or SGSN (S6d), from ULR-Flags bit 1
 * @param host the node's Origin-Host, stored as its registration
 * @param realm its Origin-Realm
 * @param sgsnNumber SGSN-Number (§7.3.102) as it arrived, or null
 * @param singleRegistration ULR-Flags bit 0 from an MME: the SGSN registration is withdrawn
 * @param imei Terminal-Information IMEI, or null to keep the stored one
 * @param softwareVersion Terminal-Information Software-Version, or null
 * @param admits the caller's check of the profile read under the row lock
 */
public record LocationRequest(
    String imsi,
    ServingNode node,
    String host,
    String realm,
    byte[] sgsnNumber,
    boolean singleRegistration,
    String imei,
    String softwareVersion,
    Predicate<S6aProfile> admits) {

  /** An MME's ULR without single registration. */
  public LocationRequest(
      String imsi,
      String host,
      String realm,
      String imei,
      String softwareVersion,
      Predicate<S6aProfile> admits) {
    this(imsi, ServingNode.MME, host, realm, null, false, imei, softwareVersion, admits);
  }
}
