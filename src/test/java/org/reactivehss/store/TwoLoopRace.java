package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two event loops sending requests for the same subscribers, round after round, each in its own
 * order: what shows that the batches of different loops, which lock rows in IMSI order, queue
 * behind each other instead of deadlocking.
 */
final class TwoLoopRace {
  /** What one loop sends in one turn of round {@code round}, added to {@code sent}. */
  interface Turn {
    void send(int round, List<Future<?>> sent);
  }

  private TwoLoopRace() {}

  /** Runs {@code rounds} turns on each loop and waits for every request; returns them all. */
  static List<Future<?>> run(Vertx vertx, int rounds, Turn onA, Turn onB) throws Exception {
    Context a = vertx.getOrCreateContext();
    Context b = vertx.getOrCreateContext();
    List<Future<?>> all = new CopyOnWriteArrayList<>();
    Promise<Void> aSent = Promise.promise();
    Promise<Void> bSent = Promise.promise();
    for (int round = 0; round < rounds; round++) {
      int r = round;
      a.runOnContext(turn -> onA.send(r, all));
      b.runOnContext(turn -> onB.send(r, all));
    }
    a.runOnContext(last -> aSent.complete());
    b.runOnContext(last -> bSent.complete());
    Future.all(aSent.future(), bSent.future()).await(10, SECONDS);
    Future.all(all).await(30, SECONDS);
    return all;
  }
}
