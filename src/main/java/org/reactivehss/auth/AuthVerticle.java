package org.reactivehss.auth;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.bus.LoopAffinity;
import org.reactivehss.bus.LoopService;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;
import org.reactivehss.store.AuthEventLog;
import org.reactivehss.store.SubscriberAuthStore;

/**
 * The event-bus face of authentication. Deploy one instance per event loop, e.g. {@code
 * vertx.deployVerticle(() -> new AuthVerticle(store, events), new
 * DeploymentOptions().setInstances(n))}; each registers a local consumer at {@link #ADDRESS}.
 *
 * <p>Request body: {@link VectorRequest}. Reply body: {@link VectorReply}. Failure: an {@link
 * HssFailure}, storage's passed on unchanged; its detail never carries key material. Callers on the
 * same event loop reach it with {@link LoopAffinity#call}, a plain method call (no message).
 */
public final class AuthVerticle extends VerticleBase {
  /** Where vector requests are sent. */
  public static final String ADDRESS = "hss.auth.vectors";

  private final SubscriberAuthStore store;
  private final AuthEvents events;
  private final AuthEventLog history;
  private LoopAffinity.Served served;

  public AuthVerticle(SubscriberAuthStore store) {
    this(store, AuthEvents.NONE);
  }

  public AuthVerticle(SubscriberAuthStore store, AuthEvents events) {
    this(store, events, AuthEventLog.NONE);
  }

  /**
   * No timer of its own: each request carries the deadline of the Diameter request it serves, and
   * storage is asked only within it (docs/architecture.md "Deadline"). Resyncs and refused AUTS go
   * to {@code history}, off the request's latency.
   */
  public AuthVerticle(SubscriberAuthStore store, AuthEvents events, AuthEventLog history) {
    this.store = store;
    this.events = events;
    this.history = history;
  }

  /**
   * Registers the local codecs of {@link VectorRequest} and {@link VectorReply} once per Vert.x
   * instance; later calls (other instances, senders) are no-ops.
   */
  public static void registerCodecs(Vertx vertx) {
    LocalCodec.register(vertx, VectorRequest.class);
    LocalCodec.register(vertx, VectorReply.class);
  }

  @Override
  public Future<?> start() {
    registerCodecs(vertx);
    AuthService service = new AuthService(store, events, history);
    served =
        LoopAffinity.serve(
            vertx.eventBus(),
            ADDRESS,
            LoopService.<Object, VectorReply>of(
                body ->
                    body instanceof VectorRequest request
                        ? service.vectors(request)
                        : Future.failedFuture(
                            HssFailure.of(FailureKind.BAD_REQUEST, "body must be a VectorRequest")),
                HssFailure::from));
    return served.registered();
  }

  @Override
  public Future<?> stop() {
    served.stop();
    return Future.succeededFuture();
  }
}
