package org.reactivehss.bus;

import io.vertx.core.Future;
import io.vertx.core.eventbus.ReplyException;
import java.util.function.Function;

/**
 * A request/reply service of one event loop, served by {@link LoopAffinity#serve}: over the bus,
 * and as a plain call from the same loop.
 */
public interface LoopService<B, R> {
  Future<R> call(B body);

  /**
   * What the caller sees of a failure that is not already a RECIPIENT_FAILURE: the service's own
   * failure value, handed over unchanged over the bus and on a direct call alike. Its text must
   * never carry key material.
   */
  ReplyException failure(Throwable cause);

  static <B, R> LoopService<B, R> of(
      Function<B, Future<R>> call, Function<Throwable, ReplyException> failure) {
    return new LoopService<>() {
      @Override
      public Future<R> call(B body) {
        return call.apply(body);
      }

      @Override
      public ReplyException failure(Throwable cause) {
        return failure.apply(cause);
      }
    };
  }
}
