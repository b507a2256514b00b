package org.reactivehss.metrics;

import java.util.Locale;

/**
 * The queues of an event loop in front of the database whose requests the queue budget may refuse
 * ({@code db.queue-budget-ms}, docs/architecture.md "Deadline").
 */
public enum StorageQueue {
  /** SQN reservations of AIR, Cx and SWx MAR. */
  SQN_RESERVATIONS,
  /** Update-Locations (S6a ULR). */
  LOCATION_UPDATES,
  /** Purge-UEs (S6a PUR). */
  PURGES,
  /** Notifies (S6a NOR). */
  NOTIFICATIONS,
  /** IMS identity lookups (Cx UAR, MAR, SAR). */
  IMS_LOOKUPS,
  /** S-CSCF names stored by Cx MAR. */
  AUTHENTICATING_SERVERS,
  /** Cx Server-Assignments. */
  SERVER_ASSIGNMENTS,
  /** Equipment checks (S13 ECR, and ULR's check). */
  EIR_CHECKS;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
