package org.reactivehss.config;

import org.reactivehss.api.ApiOptions;
import org.reactivehss.app.cx.CxOptions;
import org.reactivehss.app.s13.S13Options;
import org.reactivehss.app.s6a.S6aOptions;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.metrics.MetricsOptions;
import org.reactivehss.store.StoreOptions;

/**
 * The whole configuration, typed. Every option, its default and its environment variable are read
 * in one place ({@link #read}); conf/hss.yaml documents the same defaults and a test keeps the two
 * equal.
 *
 * @param originHost this HSS's Diameter identity (RFC 6733 §6.3 Origin-Host)
 * @param realm this HSS's realm (Origin-Realm)
 * @param productName Product-Name sent in CEA/CER (RFC 6733 §5.3.7)
 * @param metrics {@code metrics.*}
 * @param cx {@code cx.*}: Server-Capabilities, IMS subscription template
 * @param s6a {@code s6a.*}: the home MNC length for the roaming check; {@code s13.check-ulr-imei}
 * @param s13 {@code s13.*}: the EIR's answer for unknown equipment
 */
public record HssConfig(
    String originHost,
    String realm,
    String productName,
    DiameterOptions diameter,
    ApiOptions http,
    StoreOptions db,
    MetricsOptions metrics,
    CxOptions cx,
    S6aOptions s6a,
    S13Options s13) {

  /**
   * Everything but metrics, Cx, S6a and S13, which keep their defaults (what tests usually want).
   */
  public HssConfig(
      String originHost,
      String realm,
      String productName,
      DiameterOptions diameter,
      ApiOptions http,
      StoreOptions db) {
    this(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        MetricsOptions.defaults(),
        CxOptions.defaults(),
        S6aOptions.DEFAULTS,
        S13Options.DEFAULTS);
  }

  static HssConfig read(ConfigTree t) {
    HssConfig c =
        new HssConfig(
            t.nonEmpty("origin-host", "hss.localdomain"),
            t.nonEmpty("realm", "localdomain"),
            t.nonEmpty("product-name", "ReactiveHSS"),
            DiameterSettings.read(t),
            ApiSettings.read(t),
            StorageSettings.read(t),
            new MetricsOptions(t.bool("metrics.enabled", MetricsOptions.defaults().enabled())),
            CxSettings.read(t),
            s6a(t),
            s13(t));
    t.rejectUnknownKeys();
    return c;
  }

  /** TS 23.003 §2.2: the MNC of an IMSI has 2 or 3 digits, which the IMSI itself does not say. */
  private static S6aOptions s6a(ConfigTree t) {
    S6aOptions d = S6aOptions.DEFAULTS;
    return new S6aOptions(
        t.integer("s6a.home-mnc-length", d.homeMncLength(), 2, 3),
        t.bool("s13.check-ulr-imei", d.checkUlrImei()));
  }

  /** TS 29.272 §6.2.1.3 leaves the answer for unlisted equipment to the operator. */
  private static S13Options s13(ConfigTree t) {
    String name =
        t.string("s13.unknown-equipment", S13Options.DEFAULTS.unknownEquipment().configName());
    for (S13Options.UnknownEquipment choice : S13Options.UnknownEquipment.values()) {
      if (choice.configName().equals(name)) {
        return new S13Options(choice);
      }
    }
    throw new ConfigException("s13.unknown-equipment", "must be permitted or unknown");
  }
}
