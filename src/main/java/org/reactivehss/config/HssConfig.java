package org.reactivehss.config;

import org.reactivehss.api.ApiOptions;
import org.reactivehss.app.cx.CxOptions;
import org.reactivehss.metrics.MetricsOptions;
import org.reactivehss.store.StoreOptions;

/**
 * The whole configuration, typed. Every option, its default and its environment variable are read
 * in one place ({@link #read}); conf/hss.yaml documents the same defaults and a test keeps the two equal.
 *
 * @param originHost this HSS's Diameter identity (RFC 6733 §6.3 Origin-Host)
 * @param realm this HSS's realm (Origin-Realm)
 * @param productName Product-Name sent in CEA/CER (RFC 6733 §5.3.7)
 * @param metrics {@code metrics.*}
 * @param cx {@code cx.*}: Server-Capabilities, IMS subscription template
 */
public record HssConfig(String originHost, String realm, String productName, DiameterOptions diameter,
    ApiOptions http, StoreOptions db, MetricsOptions metrics, CxOptions cx) {

  /** Everything but metrics and Cx, which keep their defaults (what tests usually want). */
  public HssConfig(String originHost, String realm, String productName, DiameterOptions diameter,
      ApiOptions http, StoreOptions db) {
    this(originHost, realm, productName, diameter, http, db, MetricsOptions.defaults(), CxOptions.defaults());
  }

  static HssConfig read(ConfigTree t) {
    HssConfig c = new HssConfig(
        t.nonEmpty("origin-host", "hss.localdomain"),
        t.nonEmpty("realm", "localdomain"),
        t.nonEmpty("product-name", "ReactiveHSS"),
        DiameterOptions.read(t),
        ApiSettings.read(t),
        StorageSettings.read(t),
        new MetricsOptions(t.bool("metrics.enabled", MetricsOptions.defaults().enabled())),
        CxSettings.read(t));
    t.rejectUnknownKeys();
    return c;
  }
}
