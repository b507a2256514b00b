package org.reactivehss.metrics;

import java.util.Locale;

/**
 * How a storage call ended: success or a failure kind (tags kept from before the failure model: see
 * MeasuredStore).
 */
public enum StoreOutcome {
  OK,
  UNKNOWN_SUBSCRIBER,
  TIMEOUT,
  UNAVAILABLE;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
