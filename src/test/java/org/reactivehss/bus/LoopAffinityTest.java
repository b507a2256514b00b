package org.reactivehss.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request from an event loop is served by the instance on that loop, or by any when it has none. */
class LoopAffinityTest {
  private static final String ADDRESS = "test.affinity";
  private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(4));

  @AfterEach
  void close() throws Exception {
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  /** Replies with the name of the thread that served the request. */
  private static final class ThreadNameService extends VerticleBase {
    @Override
    public Future<?> start() {
      return LoopAffinity.<String>localConsumer(vertx.eventBus(), ADDRESS,
          message -> message.reply(Thread.currentThread().getName()));
    }
  }

  /** Sends ten requests from its own event loop; completes with (its thread, the serving threads). */
  private static final class Sender extends VerticleBase {
    final Promise<List<String>> served = Promise.promise();
    volatile String thread;

    @Override
    public Future<?> start() {
      thread = Thread.currentThread().getName();
      List<Future<Message<String>>> replies = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        replies.add(LoopAffinity.request(vertx.eventBus(), ADDRESS, "who", new DeliveryOptions().setSendTimeout(2000)));
      }
      Future.all(replies).onComplete(all -> served.handle(all.map(done -> replies.stream()
          .map(r -> r.result().body()).toList())));
      return Future.succeededFuture();
    }
  }

  @Test
  void withAnInstanceOnEveryLoop_eachRequestIsServedOnTheSendersLoop() throws Exception {
    vertx.deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(4)).await(10, TimeUnit.SECONDS);
    for (int i = 0; i < 4; i++) {
      Sender sender = new Sender();
      vertx.deployVerticle(sender).await(10, TimeUnit.SECONDS);
      List<String> served = sender.served.future().await(10, TimeUnit.SECONDS);
      assertThat(served).hasSize(10).containsOnly(sender.thread);
    }
  }

  @Test
  void withoutAnInstanceOnTheSendersLoop_theRequestIsServedElsewhere() throws Exception {
    vertx.deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(1)).await(10, TimeUnit.SECONDS);
    Sender sender = new Sender();
    vertx.deployVerticle(sender).await(10, TimeUnit.SECONDS);
    List<String> served = sender.served.future().await(10, TimeUnit.SECONDS);
    assertThat(served).hasSize(10).doesNotContain(sender.thread).allMatch(t -> t.startsWith("vert.x-eventloop"));
  }

  @Test
  void offTheEventLoops_theSharedAddressServesTheRequest() throws Exception {
    vertx.deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(2)).await(10, TimeUnit.SECONDS);
    Message<String> reply = LoopAffinity.<String>request(vertx.eventBus(), ADDRESS, "who",
        new DeliveryOptions().setSendTimeout(2000)).await(10, TimeUnit.SECONDS);
    assertThat(reply.body()).startsWith("vert.x-eventloop");
  }
}
