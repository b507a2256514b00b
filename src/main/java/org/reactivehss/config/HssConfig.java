package org.reactivehss.config;

import java.util.List;
import java.util.Map;
import org.reactivehss.api.ApiOptions;
import org.reactivehss.app.cx.CxOptions;
import org.reactivehss.app.s13.S13Options;
import org.reactivehss.app.s6a.S6aOptions;
import org.reactivehss.app.sh.ShOptions;
import org.reactivehss.app.slh.SlhOptions;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.metrics.MetricsOptions;
import org.reactivehss.replica.ReplicaOptions;
import org.reactivehss.store.AuthHistoryOptions;
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
 * @param authHistory {@code auth-history.*}: how much of each subscriber's resync history is kept
 * @param slh {@code slh.*}: the GMLCs allowed to ask for routing information
 * @param s13 {@code s13.*}: the EIR's answer for unknown equipment
 * @param sh {@code sh.*}: the repository data size bound and the PNRs under way at once
 * @param replica {@code replica.*}: this process's replica id and the relay of HSS-initiated
 *     requests to the replica holding a peer (docs/scale-out.md)
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
    AuthHistoryOptions authHistory,
    SlhOptions slh,
    S13Options s13,
    ShOptions sh,
    ReplicaOptions replica) {

  /**
   * Everything but metrics, Cx, S6a, the auth history, SLh and S13, which keep their defaults (what
   * tests usually want).
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
        AuthHistoryOptions.DEFAULTS,
        SlhOptions.DEFAULTS,
        S13Options.DEFAULTS,
        ShOptions.DEFAULTS,
        ReplicaSettings.read(new ConfigTree(null, Map.of())));
  }

  /** This configuration with {@code s6a} instead of its S6a options. */
  public HssConfig withS6a(S6aOptions s6a) {
    return new HssConfig(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        metrics,
        cx,
        s6a,
        authHistory,
        slh,
        s13,
        sh,
        replica);
  }

  /** This configuration with {@code slh} instead of its SLh options. */
  public HssConfig withSlh(SlhOptions slh) {
    return new HssConfig(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        metrics,
        cx,
        s6a,
        authHistory,
        slh,
        s13,
        sh,
        replica);
  }

  /** This configuration with {@code sh} instead of its Sh options. */
  public HssConfig withSh(ShOptions sh) {
    return new HssConfig(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        metrics,
        cx,
        s6a,
        authHistory,
        slh,
        s13,
        sh,
        replica);
  }

  /** This configuration with {@code s13} instead of its S13 options. */
  public HssConfig withS13(S13Options s13) {
    return new HssConfig(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        metrics,
        cx,
        s6a,
        authHistory,
        slh,
        s13,
        sh,
        replica);
  }

  /** This configuration with {@code replica} instead of its replica options. */
  public HssConfig withReplica(ReplicaOptions replica) {
    return new HssConfig(
        originHost,
        realm,
        productName,
        diameter,
        http,
        db,
        metrics,
        cx,
        s6a,
        authHistory,
        slh,
        s13,
        sh,
        replica);
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
            authHistory(t),
            slh(t),
            s13(t),
            sh(t),
            ReplicaSettings.read(t));
    t.rejectUnknownKeys();
    return c;
  }

  private static AuthHistoryOptions authHistory(ConfigTree t) {
    AuthHistoryOptions d = AuthHistoryOptions.DEFAULTS;
    return new AuthHistoryOptions(
        t.bool("auth-history.enabled", d.enabled()),
        t.integer("auth-history.max-per-subscriber", d.maxPerSubscriber(), 1, 100_000),
        t.integer("auth-history.max-age-days", d.maxAgeDays(), 1, 3_650));
  }

  /** Each allowed GMLC is a DiameterIdentity (RFC 6733 §4.3.1), the Origin-Host it sends. */
  /** TS 29.328 §6.1.2.1 leaves the largest repository data item to the HSS. */
  private static ShOptions sh(ConfigTree t) {
    ShOptions d = ShOptions.DEFAULTS;
    return new ShOptions(
        t.integer("sh.repository-data-max-bytes", d.repositoryDataMaxBytes(), 1, 1 << 20),
        t.integer("sh.pnr-in-flight", d.pnrInFlight(), 1, 100_000));
  }

  private static SlhOptions slh(ConfigTree t) {
    List<String> gmlcs = t.strings("slh.allowed-gmlcs", SlhOptions.DEFAULTS.allowedGmlcs());
    for (String gmlc : gmlcs) {
      if (!DiameterIdentity.isValid(gmlc)) {
        throw new ConfigException(
            "slh.allowed-gmlcs", "'" + gmlc + "' is not a Diameter identity (a host name)");
      }
    }
    return new SlhOptions(gmlcs);
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
