package org.reactivehss.metrics;

/**
 * Metrics settings, every default in {@link #defaults()}.
 *
 * @param enabled serve Prometheus metrics at GET /metrics on the HTTP port (HSS_METRICS_ENABLED);
 *     when false nothing is measured and /metrics answers 404
 */
public record MetricsOptions(boolean enabled) {

  public static MetricsOptions defaults() {
    return new MetricsOptions(true);
  }
}
