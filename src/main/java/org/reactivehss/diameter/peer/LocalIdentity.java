package org.reactivehss.diameter.peer;

import java.util.List;

/**
 * Who this HSS is on the Diameter network, as advertised in CER/CEA, DWR/DWA and DPR.
 *
 * @param originHost Origin-Host (RFC 6733 §6.3)
 * @param realm Origin-Realm (§6.4)
 * @param productName Product-Name (§5.3.7)
 * @param originStateId Origin-State-Id (§8.16): changes on every start, so peers notice a restart
 * @param applications application ids this HSS serves, advertised as Vendor-Specific-Application-Id
 *     with Vendor-Id 10415 (TS 29.272 §7.1.8, TS 29.229 §6.4)
 */
public record LocalIdentity(String originHost, String realm, String productName, long originStateId,
    List<Integer> applications) {

  /** RFC 6733 §5.3.3 Vendor-Id of this implementation: none registered, so 0. */
  public static final long IMPLEMENTATION_VENDOR_ID = 0;
  /** 3GPP's IANA enterprise number, used in Supported-Vendor-Id and the application ids. */
  public static final long VENDOR_3GPP = 10415;
  /** Firmware-Revision (RFC 6733 §5.3.4). */
  public static final long FIRMWARE_REVISION = 1;
}
