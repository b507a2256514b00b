package org.reactivehss.app.s13;

/**
 * Settings of the EIR (S13), defaults in {@link #DEFAULTS}.
 *
 * @param unknownEquipment the answer to an ME Identity Check for equipment no rule names (default
 *     {@link UnknownEquipment#PERMITTED}: docs/s13.md)
 */
public record S13Options(UnknownEquipment unknownEquipment) {

  public static final S13Options DEFAULTS = new S13Options(UnknownEquipment.PERMITTED);

  /** What TS 29.272 §6.2.1.3 leaves to the operator: how an unlisted IMEI is answered. */
  public enum UnknownEquipment {
    /**
     * Success with Equipment-Status PERMITTED_LISTED: the EIR is a deny list, as most operators run
     * it, so a new handset model attaches before anyone lists its TAC.
     */
    PERMITTED("permitted"),
    /** Experimental-Result 5422 DIAMETER_ERROR_EQUIPMENT_UNKNOWN (§7.4.3.5): an allow list. */
    UNKNOWN("unknown");

    private final String configName;

    UnknownEquipment(String configName) {
      this.configName = configName;
    }

    /** The value of {@code s13.unknown-equipment}, and what the check log records. */
    public String configName() {
      return configName;
    }
  }

  public S13Options {
    if (unknownEquipment == null) {
      throw new IllegalArgumentException("unknownEquipment is required");
    }
  }
}
