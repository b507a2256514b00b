package org.reactivehss.api;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.reactivehss.auth.Sqn;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.ProvisioningWrite;
import org.reactivehss.store.SqnOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ?sqn-override=lower}: a write may lower SQN_HE. Lab recovery only (a database restored
 * from an old backup, a SIM re-personalised): the SQNs between the new and the old value can be
 * issued a second time, which the HSS otherwise never does (docs/sqn.md). Every lowering that
 * committed is logged at WARN (client address, IMSI, old and new SQN; never a key) and counted in
 * {@code hss_provisioning_sqn_lowered_total{request}}.
 */
final class SqnOverrideAudit implements SqnOverride {
  static final String PARAMETER = "sqn-override";
  static final String LOWER = "lower";
  private static final Logger LOG = LoggerFactory.getLogger(SqnOverrideAudit.class);

  private final String client;
  private final ProvisioningWrite write;
  private final HssMetrics metrics;

  private SqnOverrideAudit(String client, ProvisioningWrite write, HssMetrics metrics) {
    this.client = client;
    this.write = write;
    this.metrics = metrics;
  }

  /**
   * The override the request asks for, or null when it asks for none; a value other than "lower" is
   * 400.
   */
  static SqnOverride of(RoutingContext ctx, ProvisioningWrite write, HssMetrics metrics) {
    List<String> values = ctx.queryParams().getAll(PARAMETER);
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() > 1 || !LOWER.equals(values.get(0))) {
      throw new ValidationFailure(
          List.of(new FieldError(PARAMETER, "must be \"" + LOWER + "\" when given")));
    }
    SocketAddress remote = ctx.request().remoteAddress();
    return new SqnOverrideAudit(
        remote == null ? "unknown" : remote.host() + ":" + remote.port(), write, metrics);
  }

  @Override
  public void lowered(String imsi, long from, long to) {
    LOG.warn(
        "AUDIT sqn-override: {} from client {} lowered SQN_HE of IMSI {} from {} (SEQ {}, IND {}) to {} "
            + "(SEQ {}, IND {}); SQNs in between may be issued again",
        write.name(),
        client,
        imsi,
        from,
        Sqn.of(from).seq(),
        Sqn.of(from).ind(),
        to,
        Sqn.of(to).seq(),
        Sqn.of(to).ind());
    metrics.sqnLowered(write);
  }
}
