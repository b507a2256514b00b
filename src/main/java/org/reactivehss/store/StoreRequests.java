package org.reactivehss.store;

import org.reactivehss.bus.Deadline;

/**
 * Event-bus request bodies for {@link StorageVerticle}; passed by reference through {@link
 * org.reactivehss.bus.LocalCodec}. Replies carry {@link SubscriberKeys} or {@link SqnReservation};
 * failures are an {@link org.reactivehss.failure.HssFailure}, handed to the requester unchanged.
 */
final class StoreRequests {
  /**
   * Address of {@link SubscriberAuthStore#keys}; body {@link Keys}, reply {@link SubscriberKeys}.
   */
  static final String KEYS = "hss.store.keys";

  /**
   * Address of {@link SubscriberAuthStore#reserve}; body {@link Reserve}, reply {@link
   * SqnReservation}.
   */
  static final String RESERVE = "hss.store.reserve";

  /**
   * Address of {@link SubscriberAuthStore#resyncAndReserve}; body {@link Resync}, reply {@link
   * SqnReservation}.
   */
  static final String RESYNC = "hss.store.resync";

  record Keys(String imsi, Deadline deadline) {}

  record Reserve(String imsi, int n, Deadline deadline) {}

  record Resync(String imsi, long floor, int n, Deadline deadline) {}

  private StoreRequests() {}
}
