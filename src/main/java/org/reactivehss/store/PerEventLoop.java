package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Function;

/**
 * A store's state of one event loop (its batches of the loop's turn), kept in that loop's context
 * under the store, so it is only ever touched by the loop that owns it and needs no lock.
 */
final class PerEventLoop {
  private PerEventLoop() {}

  /**
   * {@code owner}'s value on the calling event loop, made by {@code create} on first use there;
   * null off any event loop (a worker or a test's main thread), where callers use one statement
   * instead.
   */
  static <T> T get(Object owner, Function<Context, T> create) {
    Context context = Vertx.currentContext();
    if (context == null || !context.isEventLoopContext()) {
      return null;
    }
    T value = context.get(owner);
    if (value == null) {
      value = create.apply(context);
      context.put(owner, value);
    }
    return value;
  }
}
