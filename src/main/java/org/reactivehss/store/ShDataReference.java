package org.reactivehss.store;

import java.util.Locale;

/**
 * The Data-Reference values of Sh (TS 29.329 §6.3.4, TS 29.328 §7.6) this HSS knows, by code and by
 * the name the specification gives them (the provisioning API uses the names, the database and the
 * wire the codes). Codes 1 to 9 and 20 are not defined; later ones are not served.
 */
public enum ShDataReference {
  REPOSITORY_DATA(0, "RepositoryData"),
  IMS_PUBLIC_IDENTITY(10, "IMSPublicIdentity"),
  IMS_USER_STATE(11, "IMSUserState"),
  S_CSCF_NAME(12, "S-CSCFName"),
  INITIAL_FILTER_CRITERIA(13, "InitialFilterCriteria"),
  LOCATION_INFORMATION(14, "LocationInformation"),
  USER_STATE(15, "UserState"),
  CHARGING_INFORMATION(16, "ChargingInformation"),
  MSISDN(17, "MSISDN"),
  PSI_ACTIVATION(18, "PSIActivation"),
  DSAI(19, "DSAI");

  private final int code;
  private final String specName;

  ShDataReference(int code, String specName) {
    this.code = code;
    this.specName = specName;
  }

  public int code() {
    return code;
  }

  /** The name of TS 29.329 §6.3.4, e.g. "RepositoryData". */
  public String specName() {
    return specName;
  }

  /** The value with {@code code}, or null. */
  public static ShDataReference byCode(long code) {
    for (ShDataReference r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    return null;
  }

  /** The value named {@code name} (case-insensitive), or null. */
  public static ShDataReference byName(String name) {
    for (ShDataReference r : values()) {
      if (r.specName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    return null;
  }
}
