package org.reactivehss.app.sh;

import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.S6aAvps;

/**
 * TS 29.328 Annex D tEPSLocationInformation from an MME-Location-Information (TS 29.272 §7.3.115).
 * Octet fields of a length other than Annex D's (E-UTRANCellGlobalId 7, TrackingAreaId 5,
 * GeographicalInformation 8, GeodeticInformation 10: TS 29.272 §7.3.117 - §7.3.124) are left out
 * rather than passed on malformed.
 *
 * @param mmeName the MME that answered (MMEName)
 * @param currentLocationRetrieved Current-Location-Retrieved present (the MME paged the UE)
 * @param age Age-Of-Location-Information in minutes, or null
 */
record EpsLocation(
    byte[] ecgi,
    byte[] tai,
    byte[] geographical,
    byte[] geodetic,
    String mmeName,
    boolean currentLocationRetrieved,
    Long age) {

  static final int ECGI_OCTETS = 7;
  static final int TAI_OCTETS = 5;
  static final int GEOGRAPHICAL_OCTETS = 8;
  static final int GEODETIC_OCTETS = 10;

  /** Annex D tAgeOfLocationInformation: 0 - 32767. */
  static final long MAX_AGE = 32767;

  static EpsLocation of(Avp mmeLocation, String mmeName) {
    Avp age = mmeLocation.first(S6aAvps.AGE_OF_LOCATION_INFORMATION);
    return new EpsLocation(
        octets(mmeLocation, S6aAvps.E_UTRAN_CELL_GLOBAL_IDENTITY, ECGI_OCTETS),
        octets(mmeLocation, S6aAvps.TRACKING_AREA_IDENTITY, TAI_OCTETS),
        octets(mmeLocation, S6aAvps.GEOGRAPHICAL_INFORMATION, GEOGRAPHICAL_OCTETS),
        octets(mmeLocation, S6aAvps.GEODETIC_INFORMATION, GEODETIC_OCTETS),
        mmeName,
        mmeLocation.first(S6aAvps.CURRENT_LOCATION_RETRIEVED) != null,
        age == null ? null : Math.min(age.asUnsigned32(), MAX_AGE));
  }

  private static byte[] octets(Avp group, AvpDef def, int length) {
    Avp avp = group.first(def);
    if (avp == null || avp.dataLength() != length) {
      return null;
    }
    return avp.asOctets();
  }
}
