package org.reactivehss.app.s6a;

/**
 * Settings of the S6a application, defaults in {@link #DEFAULTS}.
 *
 * @param homeMncLength MNC digits of this operator's IMSIs (2 or 3, TS 23.003 §2.2): the home PLMN
 *     an ULR's Visited-PLMN-Id is compared with for roaming (default 2)
 * @param checkUlrImei whether the IMEI of an ULR's Terminal-Information is checked against the EIR
 *     rules ({@code s13.check-ulr-imei}, default false: docs/s13.md "ULR")
 */
public record S6aOptions(int homeMncLength, boolean checkUlrImei) {

  public static final S6aOptions DEFAULTS = new S6aOptions(2, false);

  public S6aOptions {
    if (homeMncLength != 2 && homeMncLength != 3) {
      throw new IllegalArgumentException("homeMncLength must be 2 or 3, was " + homeMncLength);
    }
  }
}
