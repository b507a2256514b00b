package org.reactivehss.store;

/**
 * How much of the provisioning audit log is kept (docs/api.md "Audit log"): rows older than {@code
 * maxAgeDays} and all but the newest {@code maxRows} are deleted every {@code pruneIntervalMs}.
 */
public record AuditOptions(int maxAgeDays, int maxRows, long pruneIntervalMs) {
  public static final AuditOptions DEFAULTS = new AuditOptions(365, 1_000_000, 3_600_000);

  public AuditOptions {
    if (maxAgeDays < 1 || maxRows < 1 || pruneIntervalMs < 1) {
      throw new IllegalArgumentException("audit bounds must be at least 1");
    }
  }
}
