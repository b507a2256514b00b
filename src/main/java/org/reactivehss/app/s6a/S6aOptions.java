package org.reactivehss.app.s6a;

/**
 * Settings of the S6a application, defaults in {@link #DEFAULTS}.
 *
 * @param homeMncLength MNC digits of this operator's IMSIs (2 or 3, TS 23.003 §2.2): the home PLMN
 *     an ULR's Visited-PLMN-Id is compared with for roaming (default 2)
 */
public record S6aOptions(int homeMncLength) {

  public static final S6aOptions DEFAULTS = new S6aOptions(2);

  public S6aOptions {
    if (homeMncLength != 2 && homeMncLength != 3) {
      throw new IllegalArgumentException("homeMncLength must be 2 or 3, was " + homeMncLength);
    }
  }
}
