package org.reactivehss.metrics;

import java.util.Locale;

/** How a storage call ended: success or one of the {@code StoreFailure} codes. */
public enum StoreOutcome {
  OK, UNKNOWN_SUBSCRIBER, TIMEOUT, UNAVAILABLE;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
