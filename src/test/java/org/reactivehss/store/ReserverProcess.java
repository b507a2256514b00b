package org.reactivehss.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.reactivehss.testing.Await;

/** Runs {@link ReserverMain} in its own JVM and collects the SQNs it prints. */
final class ReserverProcess {
  private final Process process;
  private final ConcurrentLinkedQueue<Long> sqns = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  ReserverProcess(String database, String imsi, long reservations) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ReserverMain.class.getName(),
                Integer.toString(TestDatabase.get().port()),
                database,
                imsi,
                Long.toString(reservations))
            .redirectErrorStream(true)
            .start();
    Thread reader = new Thread(this::readOutput, "reserver-output");
    reader.setDaemon(true);
    reader.start();
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("SQN ")) {
          sqns.add(Long.parseLong(line.substring(4)));
        } else if (line.startsWith("FAILED ")) {
          failures.add(line);
        }
      }
    } catch (IOException closedByKill) {
      // the process was killed; what was read so far stands
    } finally {
      ended.countDown();
    }
  }

  /**
   * Waits until at least {@code count} SQNs were printed, or the process ended; the caller's
   * assertions on {@link #sqns()} say which.
   */
  void awaitSqns(int count, long timeoutSeconds) throws InterruptedException {
    Await.within(
        Duration.ofSeconds(timeoutSeconds), () -> sqns.size() >= count || ended.getCount() == 0);
  }

  /** SIGKILL: on Unix destroyForcibly sends signal 9, nothing in the JVM runs after it. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    ended.await(30, TimeUnit.SECONDS);
  }

  int awaitExit(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("reserver did not finish in " + timeoutSeconds + " s");
    }
    ended.await(30, TimeUnit.SECONDS);
    return process.exitValue();
  }

  List<Long> sqns() {
    return List.copyOf(sqns);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }
}
