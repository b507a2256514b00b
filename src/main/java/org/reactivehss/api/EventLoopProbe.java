package org.reactivehss.api;

import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Liveness of the event loops: one idle verticle per loop lends its context, and a probe posts a
 * task to each and waits for all of them. A loop that is blocked (or spinning) cannot run the task,
 * so the probe fails and the kubelet restarts the pod.
 */
public final class EventLoopProbe {
  private final List<Context> loops = new CopyOnWriteArrayList<>();

  /**
   * Vert.x hands event loops to new contexts in turn, so {@code eventLoops} instances cover them
   * all.
   */
  public Future<String> deploy(Vertx vertx, int eventLoops) {
    return vertx.deployVerticle(
        () ->
            new VerticleBase() {
              @Override
              public Future<?> start() {
                loops.add(context);
                return Future.succeededFuture();
              }
            },
        new DeploymentOptions().setInstances(eventLoops));
  }

  /** Completes with the number of loops probed, or fails naming how many did not answer in time. */
  Future<Integer> probe(long deadlineMs) {
    List<Context> all = List.copyOf(loops);
    AtomicInteger answered = new AtomicInteger();
    Promise<Integer> result = Promise.promise();
    for (Context loop : all) {
      loop.runOnContext(
          v -> {
            if (answered.incrementAndGet() == all.size()) {
              result.tryComplete(all.size());
            }
          });
    }
    if (all.isEmpty()) {
      result.tryComplete(0);
    }
    return result
        .future()
        .timeout(deadlineMs, TimeUnit.MILLISECONDS)
        .recover(
            late ->
                Future.failedFuture(
                    (all.size() - answered.get())
                        + " of "
                        + all.size()
                        + " event loops did not respond within "
                        + deadlineMs
                        + " ms"));
  }
}
