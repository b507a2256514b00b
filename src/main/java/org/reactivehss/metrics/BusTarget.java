package org.reactivehss.metrics;

import java.util.Locale;

/** Who failed to reply on the event bus in time (Diameter answers then say 3004). */
public enum BusTarget {
  /** An application handler (S6a, Cx) for a Diameter request. */
  DIAMETER_HANDLER,
  /** The auth verticles, asked for vectors. */
  AUTH,
  /** The storage verticles, asked by auth. */
  STORAGE;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
