package org.reactivehss.bus;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.HashMap;
import java.util.Map;

/**
 * Event-bus hops that stay on the sender's event loop. Every hot-path verticle is deployed once per
 * event loop; each instance listens on the shared address and on that address suffixed with its own
 * loop. A request sent from an event loop goes to the instance on the same loop, so a request and
 * its reply are handed over within one thread instead of waking another one (on a loaded 2-core
 * machine the cross-thread wake-ups of three hops cost more CPU than the hops themselves). When no
 * instance listens on the sender's loop (fewer instances than loops, or a sender off the event
 * loops), the request goes to the shared address, where Vert.x picks an instance round-robin as
 * usual.
 *
 * <p>A {@link LoopService} goes one step further: {@link #call} on the loop that serves it is a
 * plain method call, with no message, reply handler, reply timer or context in between (together
 * about a third of what the HSS allocated per AIR when every hop was a message;
 * benchmarks/RESULTS.md, "S6a AIR, 2026-11-28, commit f542742"). The caller sees the same outcomes
 * either way: the result, or the very {@link ReplyException} of type RECIPIENT_FAILURE the service
 * failed with (in the HSS an {@code HssFailure}). A direct call has no send timeout; the services
 * bound their own waits (storage statement timeout, the auth verticle's storage deadline) and the
 * Diameter dispatcher's request timeout bounds every request as a whole.
 */
public final class LoopAffinity {
  /**
   * The services of the current event-loop thread, by address: touched only by that thread. Each
   * keeps its bus, so that a caller of another Vert.x instance whose callback runs on this thread
   * (a client of this instance's database, say) is never served by it.
   */
  private static final ThreadLocal<Map<String, Served>> SERVED_HERE =
      ThreadLocal.withInitial(HashMap::new);

  private LoopAffinity() {}

  /** Registers {@code handler} on {@code address} and on the calling event loop's own address. */
  public static <T> Future<Void> localConsumer(
      EventBus bus, String address, Handler<Message<T>> handler) {
    Future<Void> shared = bus.<T>localConsumer(address, handler).completion();
    if (!Context.isOnEventLoopThread()) {
      return shared;
    }
    return Future.all(shared, bus.<T>localConsumer(onThisLoop(address), handler).completion())
        .mapEmpty();
  }

  /**
   * Serves {@code service} at {@code address}: on the bus (shared and this loop's address, for
   * senders elsewhere and for plain bus requests) and, for {@link #call} on this event loop,
   * directly. Call {@link Served#stop()} from the verticle's stop so that no direct call reaches an
   * undeployed service.
   */
  public static <B, R> Served serve(EventBus bus, String address, LoopService<B, R> service) {
    Future<Void> consumers =
        LoopAffinity.<B>localConsumer(
            bus,
            address,
            message ->
                invoke(service, message.body())
                    .onComplete(
                        done -> {
                          if (done.succeeded()) {
                            message.reply(done.result());
                          } else {
                            // the failure itself is the reply: a local requester's future fails
                            // with this very instance
                            message.reply(done.cause());
                          }
                        }));
    Thread servingThread = Context.isOnEventLoopThread() ? Thread.currentThread() : null;
    Served served = new Served(consumers, bus, address, service, servingThread);
    if (servingThread != null) {
      SERVED_HERE.get().put(address, served);
    }
    return served;
  }

  /**
   * A request to the instance on the caller's event loop, or to any instance when there is none.
   */
  public static <T> Future<Message<T>> request(
      EventBus bus, String address, Object body, DeliveryOptions options) {
    if (!Context.isOnEventLoopThread()) {
      return bus.request(address, body, options);
    }
    return bus.<T>request(onThisLoop(address), body, options)
        .recover(
            failure ->
                failure instanceof ReplyException reply
                        && reply.failureType() == ReplyFailure.NO_HANDLERS
                    ? bus.request(address, body, options)
                    : Future.failedFuture(failure));
  }

  /**
   * The reply body of a request to {@code address}: a direct call of the service on this event loop
   * when there is one, otherwise {@link #request} with its {@code options}.
   */
  @SuppressWarnings("unchecked")
  public static <T> Future<T> call(
      EventBus bus, String address, Object body, DeliveryOptions options) {
    if (Context.isOnEventLoopThread()) {
      Served here = SERVED_HERE.get().get(address);
      if (here != null && here.bus == bus) {
        return invoke((LoopService<Object, T>) here.service, body);
      }
    }
    return LoopAffinity.<T>request(bus, address, body, options).map(Message::body);
  }

  /**
   * Runs the service; a failure of any kind leaves as a RECIPIENT_FAILURE, as a bus reply would.
   */
  @SuppressWarnings("unchecked")
  private static <B, R> Future<R> invoke(LoopService<B, R> service, Object body) {
    Future<R> result;
    try {
      result = service.call((B) body);
    } catch (RuntimeException e) {
      return Future.failedFuture(service.failure(e));
    }
    return result.recover(
        cause ->
            Future.failedFuture(
                cause instanceof ReplyException reply
                        && reply.failureType() == ReplyFailure.RECIPIENT_FAILURE
                    ? reply
                    : service.failure(cause)));
  }

  /** Event-loop threads have unique, stable names for the life of the Vert.x instance. */
  private static String onThisLoop(String address) {
    return address + "@" + Thread.currentThread().getName();
  }

  /** A service registered by {@link #serve}. */
  public static final class Served {
    private final Future<Void> registered;
    private final EventBus bus;
    private final String address;
    private final LoopService<?, ?> service;
    private final Thread servingThread;

    private Served(
        Future<Void> registered,
        EventBus bus,
        String address,
        LoopService<?, ?> service,
        Thread servingThread) {
      this.registered = registered;
      this.bus = bus;
      this.address = address;
      this.service = service;
      this.servingThread = servingThread;
    }

    /** Completes when the bus consumers are registered. */
    public Future<Void> registered() {
      return registered;
    }

    /**
     * Ends direct calls to this service; the bus consumers end with the verticle's undeployment.
     */
    public void stop() {
      if (Thread.currentThread() == servingThread) {
        SERVED_HERE.get().remove(address, this);
      }
    }
  }
}
