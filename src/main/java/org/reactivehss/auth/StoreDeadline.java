package org.reactivehss.auth;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;

/** Bounds a storage call in time, so a silent database becomes STORE_TIMEOUT instead of a hang. */
interface StoreDeadline {
  /** No bound: for tests whose store answers synchronously. */
  StoreDeadline NONE = new StoreDeadline() {
    @Override
    public <T> Future<T> bound(Future<T> call) {
      return call;
    }
  };

  <T> Future<T> bound(Future<T> call);

  /** Fails the call with STORE_TIMEOUT after {@code millis}, using a timer of the calling context. */
  static StoreDeadline timer(Vertx vertx, long millis) {
    return new StoreDeadline() {
      @Override
      public <T> Future<T> bound(Future<T> call) {
        Promise<T> bounded = Promise.promise();
        long timer = vertx.setTimer(millis, id -> bounded.tryFail(
            new AuthException(AuthFailure.STORE_TIMEOUT, "storage did not answer within " + millis + " ms")));
        call.onComplete(result -> {
          vertx.cancelTimer(timer);
          if (result.succeeded()) {
            bounded.tryComplete(result.result());
          } else {
            bounded.tryFail(result.cause());
          }
        });
        return bounded.future();
      }
    };
  }
}
