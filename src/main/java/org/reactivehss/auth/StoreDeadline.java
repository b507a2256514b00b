package org.reactivehss.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Bounds a storage call in time, so a silent database becomes TIMED_OUT instead of a hang. */
interface StoreDeadline {
  /** No bound: for tests whose store answers synchronously. */
  StoreDeadline NONE = new StoreDeadline() {
    @Override
    public <T> Future<T> bound(Future<T> call) {
      return call;
    }
  };

  <T> Future<T> bound(Future<T> call);

  /**
   * Fails a call with TIMED_OUT about {@code millis} after it started ({@link SweptDeadline}: one
   * sweep timer on the calling verticle's event loop, not a timer per call). Create it in the
   * verticle's start.
   */
  static StoreDeadline swept(Vertx vertx, long millis) {
    return new SweptDeadline(vertx, millis);
  }
}
