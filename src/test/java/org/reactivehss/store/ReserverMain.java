package org.reactivehss.store;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.Map;

/**
 * A stand-in HSS process for the multi-process tests: storage, storage verticle and event-bus
 * client as HssMain wires them, reserving for one IMSI with 16 requests in flight and printing
 * every SQN it was given ("SQN n") only after the reservation completed, i.e. after it was
 * committed.
 *
 * <p>Arguments: database port, database name, IMSI, reservations (-1: until killed).
 */
public final class ReserverMain {
  private static final int IN_FLIGHT = 16;

  private ReserverMain() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    String database = args[1];
    String imsi = args[2];
    long limit = Long.parseLong(args[3]);
    PrintStream out = System.out;
    Vertx vertx = Vertx.vertx();
    StoreOptions options =
        StoreOptions.defaults()
            .external("localhost", port, database, "postgres", null)
            .withKey(TestDatabase.TEST_KEY, 1, Map.of());
    Storage.start(vertx, options)
        .compose(
            storage ->
                vertx.deployVerticle(
                    () -> new StorageVerticle(storage), new DeploymentOptions().setInstances(2)))
        .onFailure(
            failure -> {
              failure.printStackTrace();
              System.exit(2);
            })
        .onSuccess(
            deployed -> {
              SubscriberAuthStore store = new EventBusSubscriberAuthStore(vertx, 10_000);
              long[] started = {0};
              long[] finished = {0};
              Runnable[] next = new Runnable[1];
              next[0] =
                  () -> {
                    if (limit >= 0 && started[0] >= limit) {
                      return;
                    }
                    started[0]++;
                    store
                        .reserve(imsi, 1)
                        .onComplete(
                            done -> {
                              if (done.succeeded()) {
                                out.println("SQN " + done.result().firstSqn());
                              } else {
                                out.println("FAILED " + done.cause().getMessage());
                              }
                              finished[0]++;
                              if (limit >= 0 && finished[0] == limit) {
                                out.println("DONE");
                                out.flush();
                                vertx.close().onComplete(closed -> System.exit(0));
                              } else {
                                next[0].run();
                              }
                            });
                  };
              vertx.runOnContext(
                  go -> {
                    for (int i = 0; i < IN_FLIGHT; i++) {
                      next[0].run();
                    }
                  });
            });
  }
}
