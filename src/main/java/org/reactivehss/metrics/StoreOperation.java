package org.reactivehss.metrics;

import java.util.Locale;

/** The storage calls of the authentication path ({@code SubscriberAuthStore}), as a tag. */
public enum StoreOperation {
  KEYS,
  RESERVE,
  RESYNC;

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
