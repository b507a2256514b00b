package org.reactivehss.bus;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * Event-bus hops that stay on the sender's event loop. Every hot-path verticle is deployed once per
 * event loop; each instance listens on the shared address and on that address suffixed with its own
 * loop. A request sent from an event loop goes to the instance on the same loop, so a request and its
 * reply are handed over within one thread instead of waking another one (on a loaded 2-core machine
 * the cross-thread wake-ups of three hops cost more CPU than the hops themselves). When no instance
 * listens on the sender's loop (fewer instances than loops, or a sender off the event loops), the
 * request goes to the shared address, where Vert.x picks an instance round-robin as usual.
 */
public final class LoopAffinity {
  private LoopAffinity() {
  }

  /** Registers {@code handler} on {@code address} and on the calling event loop's own address. */
  public static <T> Future<Void> localConsumer(EventBus bus, String address, Handler<Message<T>> handler) {
    Future<Void> shared = bus.<T>localConsumer(address, handler).completion();
    if (!Context.isOnEventLoopThread()) {
      return shared;
    }
    return Future.all(shared, bus.<T>localConsumer(onThisLoop(address), handler).completion()).mapEmpty();
  }

  /** A request to the instance on the caller's event loop, or to any instance when there is none. */
  public static <T> Future<Message<T>> request(EventBus bus, String address, Object body, DeliveryOptions options) {
    if (!Context.isOnEventLoopThread()) {
      return bus.request(address, body, options);
    }
    return bus.<T>request(onThisLoop(address), body, options).recover(failure ->
        failure instanceof ReplyException reply && reply.failureType() == ReplyFailure.NO_HANDLERS
            ? bus.request(address, body, options)
            : Future.failedFuture(failure));
  }

  /** Event-loop threads have unique, stable names for the life of the Vert.x instance. */
  private static String onThisLoop(String address) {
    return address + "@" + Thread.currentThread().getName();
  }
}
