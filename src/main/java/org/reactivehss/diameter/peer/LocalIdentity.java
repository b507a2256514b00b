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
 *     with the Vendor-Id of 3GPP ({@link org.reactivehss.diameter.dict.Applications#VENDOR_3GPP},
 *     TS 29.272 §7.1.8, TS 29.229 §6.4)
 */
public record LocalIdentity(
    String originHost,
    String realm,
    String productName,
    long originStateId,
    List<Integer> applications) {

  /** RFC 6733 §5.3.3 Vendor-Id of this implementation: none registered, so 0. */
  public static final long IMPLEMENTATION_VENDOR_ID = 0;

  /** Firmware-Revision (RFC 6733 §5.3.4). */
  public static final long FIRMWARE_REVISION = 1;
}
