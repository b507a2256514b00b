package org.reactivehss.api;

import io.vertx.core.Future;
import org.reactivehss.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a large import the planner's statistics are brought up to date before the answer, so that
 * the traffic a lab starts right after provisioning runs on plans made for the rows now there
 * ({@link SubscriberStore#analyze}; docs/api.md "Bulk import report").
 */
final class ImportStatistics {
  /**
   * Imports that write fewer rows leave the statistics to autovacuum: PostgreSQL's own threshold
   * (autovacuum_analyze_scale_factor, 10 % of a table) is about right for them, and a provisioning
   * system that posts a few lines at a time should not pay an ANALYZE each time.
   */
  static final int ANALYZE_AFTER_ROWS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(ImportStatistics.class);

  private ImportStatistics() {}

  /**
   * Completes, always successfully, once the statistics are refreshed after an import that wrote
   * {@code written} subscribers, or at once for a small one. A failure fails nothing (it is
   * logged): autovacuum gets there later.
   */
  static Future<Void> refreshAfter(SubscriberStore subscribers, int written) {
    if (written < ANALYZE_AFTER_ROWS) {
      return Future.succeededFuture();
    }
    return subscribers
        .analyze()
        .recover(
            failure -> {
              LOG.warn(
                  "statistics not refreshed after an import of {} subscribers: {}",
                  written,
                  failure.getMessage());
              return Future.succeededFuture();
            })
        .mapEmpty();
  }
}
