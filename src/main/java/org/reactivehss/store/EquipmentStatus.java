package org.reactivehss.store;

/**
 * What the EIR says of a piece of equipment, in the order of TS 29.272 §7.3.51 Equipment-Status
 * (PERMITTED_LISTED 0, PROHIBITED_LISTED 1, TRACKING_LISTED 2): {@link #ordinal()} is the value
 * stored in {@code eir_rules.status} and sent in the ECA. The names are those of the API.
 */
public enum EquipmentStatus {
  PERMITTED,
  PROHIBITED,
  TRACKING;

  /** The name in the API and in {@code eir_checks.result}. */
  public String apiName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The status named {@code apiName}, or null. */
  public static EquipmentStatus named(String apiName) {
    for (EquipmentStatus s : values()) {
      if (s.apiName().equals(apiName)) {
        return s;
      }
    }
    return null;
  }
}
