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
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request from an event loop is served by the instance on that loop, or by any when it has none.
 */
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
      return LoopAffinity.<String>localConsumer(
          vertx.eventBus(), ADDRESS, message -> message.reply(Thread.currentThread().getName()));
    }
  }

  /**
   * Sends ten requests from its own event loop; completes with (its thread, the serving threads).
   */
  private static final class Sender extends VerticleBase {
    final Promise<List<String>> served = Promise.promise();
    volatile String thread;

    @Override
    public Future<?> start() {
      thread = Thread.currentThread().getName();
      List<Future<Message<String>>> replies = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        replies.add(
            LoopAffinity.request(
                vertx.eventBus(), ADDRESS, "who", new DeliveryOptions().setSendTimeout(2000)));
      }
      Future.all(replies)
          .onComplete(
              all ->
                  served.handle(
                      all.map(done -> replies.stream().map(r -> r.result().body()).toList())));
      return Future.succeededFuture();
    }
  }

  @Test
  void withAnInstanceOnEveryLoop_eachRequestIsServedOnTheSendersLoop() throws Exception {
    vertx
        .deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(4))
        .await(10, TimeUnit.SECONDS);
    for (int i = 0; i < 4; i++) {
      Sender sender = new Sender();
      vertx.deployVerticle(sender).await(10, TimeUnit.SECONDS);
      List<String> served = sender.served.future().await(10, TimeUnit.SECONDS);
      assertThat(served).hasSize(10).containsOnly(sender.thread);
    }
  }

  @Test
  void withoutAnInstanceOnTheSendersLoop_theRequestIsServedElsewhere() throws Exception {
    vertx
        .deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(1))
        .await(10, TimeUnit.SECONDS);
    Sender sender = new Sender();
    vertx.deployVerticle(sender).await(10, TimeUnit.SECONDS);
    List<String> served = sender.served.future().await(10, TimeUnit.SECONDS);
    assertThat(served)
        .hasSize(10)
        .doesNotContain(sender.thread)
        .allMatch(t -> t.startsWith("vert.x-eventloop"));
  }

  @Test
  void offTheEventLoops_theSharedAddressServesTheRequest() throws Exception {
    vertx
        .deployVerticle(ThreadNameService::new, new DeploymentOptions().setInstances(2))
        .await(10, TimeUnit.SECONDS);
    Message<String> reply =
        LoopAffinity.<String>request(
                vertx.eventBus(), ADDRESS, "who", new DeliveryOptions().setSendTimeout(2000))
            .await(10, TimeUnit.SECONDS);
    assertThat(reply.body()).startsWith("vert.x-eventloop");
  }

  /** Serves "echo:<body>", and fails a body of "fail" with code 42. */
  private static final class EchoService extends VerticleBase {
    private LoopAffinity.Served served;

    @Override
    public Future<?> start() {
      served =
          LoopAffinity.serve(
              vertx.eventBus(),
              ADDRESS,
              LoopService.<String, String>of(
                  body ->
                      body.equals("fail")
                          ? Future.failedFuture(new IllegalStateException("refused"))
                          : Future.succeededFuture(
                              "echo:" + body + "@" + Thread.currentThread().getName()),
                  cause ->
                      new ReplyException(ReplyFailure.RECIPIENT_FAILURE, 42, cause.getMessage())));
      return served.registered();
    }

    @Override
    public Future<?> stop() {
      served.stop();
      return Future.succeededFuture();
    }
  }

  /**
   * Calls the service from its own event loop: (result of "hi", failure of "fail", bus messages
   * sent).
   */
  private static final class Caller extends VerticleBase {
    final Promise<List<Object>> outcome = Promise.promise();

    @Override
    public Future<?> start() {
      AtomicInteger messages = new AtomicInteger();
      vertx
          .eventBus()
          .addOutboundInterceptor(
              delivery -> {
                messages.incrementAndGet();
                delivery.next();
              });
      Future<String> ok =
          LoopAffinity.call(
              vertx.eventBus(), ADDRESS, "hi", new DeliveryOptions().setSendTimeout(2000));
      Future<String> failed =
          LoopAffinity.call(
              vertx.eventBus(), ADDRESS, "fail", new DeliveryOptions().setSendTimeout(2000));
      Future.join(ok, failed)
          .onComplete(
              done -> outcome.complete(Arrays.asList(ok.result(), failed.cause(), messages.get())));
      return Future.succeededFuture();
    }
  }

  @Test
  void aServedServiceOnTheCallersLoop_isCalledWithoutAMessage_andFailsAsOverTheBus()
      throws Exception {
    vertx
        .deployVerticle(EchoService::new, new DeploymentOptions().setInstances(4))
        .await(10, TimeUnit.SECONDS);
    Caller caller = new Caller();
    vertx.deployVerticle(caller).await(10, TimeUnit.SECONDS);
    List<Object> outcome = caller.outcome.future().await(10, TimeUnit.SECONDS);
    assertThat((String) outcome.get(0)).startsWith("echo:hi@vert.x-eventloop");
    assertThat(outcome.get(1))
        .isInstanceOfSatisfying(
            ReplyException.class,
            e -> {
              assertThat(e.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
              assertThat(e.failureCode()).isEqualTo(42);
              assertThat(e.getMessage()).isEqualTo("refused");
            });
    assertThat(outcome.get(2)).as("bus messages sent").isEqualTo(0);
  }

  @Test
  void aServedServiceAnsweredOverTheBus_givesTheSameResultAndFailure() throws Exception {
    vertx
        .deployVerticle(EchoService::new, new DeploymentOptions().setInstances(1))
        .await(10, TimeUnit.SECONDS);
    DeliveryOptions options = new DeliveryOptions().setSendTimeout(2000);
    String ok =
        LoopAffinity.<String>call(vertx.eventBus(), ADDRESS, "hi", options)
            .await(10, TimeUnit.SECONDS);
    assertThat(ok).startsWith("echo:hi@vert.x-eventloop");
    Throwable failed =
        LoopAffinity.call(vertx.eventBus(), ADDRESS, "fail", options)
            .transform(done -> Future.succeededFuture(done.cause()))
            .await(10, TimeUnit.SECONDS);
    assertThat(failed)
        .isInstanceOfSatisfying(
            ReplyException.class,
            e -> {
              assertThat(e.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
              assertThat(e.failureCode()).isEqualTo(42);
              assertThat(e.getMessage()).isEqualTo("refused");
            });
  }

  @Test
  void anUndeployedService_isNoLongerCalledDirectly() throws Exception {
    String id =
        vertx
            .deployVerticle(EchoService::new, new DeploymentOptions().setInstances(4))
            .await(10, TimeUnit.SECONDS);
    vertx.undeploy(id).await(10, TimeUnit.SECONDS);
    Caller caller = new Caller();
    vertx.deployVerticle(caller).await(10, TimeUnit.SECONDS);
    List<Object> outcome = caller.outcome.future().await(10, TimeUnit.SECONDS);
    assertThat(outcome.get(1))
        .isInstanceOfSatisfying(
            ReplyException.class,
            e -> assertThat(e.failureType()).isEqualTo(ReplyFailure.NO_HANDLERS));
  }
}
