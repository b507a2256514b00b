package org.reactivehss.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivehss.testing.Await;

/**
 * AIRs over several pipelined connections to a child-JVM HSS until it is killed with SIGKILL at a
 * random moment after the first answers; returns every AIA that arrived before the kill.
 */
final class KillNineLoad {
  private static final int CONNECTIONS = 3;
  private static final int WINDOW = 16;
  private static final int ANSWERS_BEFORE_RANDOM_DELAY = 50;

  private KillNineLoad() {}

  static List<AirAnswer> runUntilKilled(HssProcess hss, List<String> imsis, String name)
      throws IOException, InterruptedException {
    ConcurrentLinkedQueue<AirAnswer> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    List<AirConnection> connections = new ArrayList<>();
    List<Thread> writers = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        AirConnection c =
            AirConnection.open(
                hss.diameterPort, name + "-mme" + i + ".localdomain", imsis, WINDOW, true, answers);
        connections.add(c);
        writers.add(c.closedLoop(running::get));
      }
      Await.until(
          ANSWERS_BEFORE_RANDOM_DELAY + " AIAs before the kill",
          Duration.ofSeconds(30),
          () -> answers.size() >= ANSWERS_BEFORE_RANDOM_DELAY);
      // the point of this sleep: the kill lands at a random moment of the load, not at a chosen one
      Thread.sleep(ThreadLocalRandom.current().nextLong(20, 500));
      hss.kill();
    } finally {
      running.set(false);
      for (Thread w : writers) {
        w.join(5_000);
      }
      for (AirConnection c : connections) {
        c.close();
      }
    }
    return List.copyOf(answers);
  }
}
