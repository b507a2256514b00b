package org.reactivehss.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * The database stopped for 10 s while the whole HSS serves AIRs at a steady rate: every AIR is
 * answered (2001, or the transient 4181 / 3004 while the database is away), and service resumes
 * within 5 s of the database's return without restarting the HSS (docs/faults.md).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatabaseOutageTest {
  private static final List<String> IMSIS =
      IntStream.range(0, 4).mapToObj(i -> "00101000000080" + i).toList();
  private static final int CONNECTIONS = 2;
  private static final long SEND_INTERVAL_NANOS = 5_000_000; // 200 AIR/s in all
  private static final long OUTAGE_MILLIS = 10_000;
  private static final long RECOVERY_LIMIT_MILLIS = 5_000;

  /**
   * Beyond the HSS's request timeout (2 s) plus the statement timeout: unanswered by then means
   * never.
   */
  private static final long ANSWER_DEADLINE_MILLIS = 6_000;

  /**
   * Steady service at 200 AIR/s, before the outage and after it: half a second's worth answered
   * 2001.
   */
  private static final int SUCCESSES_AROUND_THE_OUTAGE = 100;

  private final ConcurrentLinkedQueue<AirAnswer> answers = new ConcurrentLinkedQueue<>();
  private volatile boolean sending = true;
  private int sent;

  @Test
  void everyAirIsAnsweredWhileTheDatabaseIsDownAndServiceResumesWithinFiveSeconds()
      throws Exception {
    List<AirConnection> connections = new ArrayList<>();
    try (E2eHss hss = new E2eHss(List.of(), 2_000, d -> d, TestDatabase.get().newDatabase())) {
      for (String imsi : IMSIS) {
        assertThat(hss.provision(imsi, VectorSqn.subscriberJson(imsi))).isEqualTo(201);
      }
      for (int i = 0; i < CONNECTIONS; i++) {
        connections.add(
            AirConnection.open(
                hss.diameterPort, "outage-mme" + i + ".localdomain", IMSIS, 4_096, false, answers));
      }
      Thread sender = new Thread(() -> sendSteadily(connections), "air-rate");
      long sendingFrom = System.nanoTime();
      sender.start();
      Await.until(
          SUCCESSES_AROUND_THE_OUTAGE + " AIRs answered 2001 before the outage",
          Duration.ofSeconds(30),
          () -> successesAfter(sendingFrom) >= SUCCESSES_AROUND_THE_OUTAGE);

      TestDatabase.get().stop();
      long stoppedAt = System.nanoTime();
      // the point of this sleep: the outage lasts a set time while AIRs keep arriving
      Thread.sleep(OUTAGE_MILLIS);
      TestDatabase.get().start();
      long returnedAt = System.nanoTime();
      Await.until(
          SUCCESSES_AROUND_THE_OUTAGE + " AIRs answered 2001 after the database returned",
          Duration.ofMillis(RECOVERY_LIMIT_MILLIS + 5_000),
          () -> successesAfter(returnedAt) >= SUCCESSES_AROUND_THE_OUTAGE);
      long recoveryMillis =
          TimeUnit.NANOSECONDS.toMillis(firstSuccessAfter(returnedAt) - returnedAt);
      sending = false;
      sender.join();
      // an AIR the HSS never answers stays unanswered: the assertions below count them
      Await.within(
          Duration.ofMillis(ANSWER_DEADLINE_MILLIS),
          () -> connections.stream().allMatch(c -> c.unanswered() == 0));

      long duringOutage =
          answers.stream()
              .filter(a -> a.receivedNanos() > stoppedAt && a.receivedNanos() < returnedAt)
              .filter(a -> a.code() != 2001)
              .count();
      System.out.printf(
          "database outage: %d AIRs sent, %d answered, %d answered with an error while it was down,"
              + " first 2001 %d ms after it returned; codes %s%n",
          sent,
          answers.size(),
          duringOutage,
          recoveryMillis,
          answers.stream().collect(Collectors.groupingBy(AirAnswer::code, Collectors.counting())));
      assertThat(connections)
          .allSatisfy(c -> assertThat(c.unanswered()).as("AIRs never answered").isZero());
      assertThat(answers).hasSize(sent);
      assertThat(answers)
          .allSatisfy(
              a -> {
                // TS 29.272 §7.4.4.1: storage trouble is the transient 4181, never the permanent
                // 5012; 3004 only if
                // the request's deadline passes before the handler answers
                assertThat(a.code()).isIn(2001L, 4181L, 3004L);
                assertThat(a.latencyNanos())
                    .isLessThan(TimeUnit.MILLISECONDS.toNanos(ANSWER_DEADLINE_MILLIS));
              });
      assertThat(duringOutage).as("error answers while the database was down").isPositive();
      assertThat(recoveryMillis)
          .as("first 2001 after the database returned, ms")
          .isLessThan(RECOVERY_LIMIT_MILLIS);
    } finally {
      sending = false;
      for (AirConnection c : connections) {
        c.close();
      }
    }
  }

  /** Open loop: one AIR every 5 ms, taking the connections in turn, whatever the answers do. */
  private void sendSteadily(List<AirConnection> connections) {
    long next = System.nanoTime();
    try {
      while (sending) {
        if (connections.get(sent % CONNECTIONS).send(0)) {
          sent++;
        }
        next += SEND_INTERVAL_NANOS;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  private long successesAfter(long sinceNanos) {
    return answers.stream().filter(a -> a.code() == 2001 && a.receivedNanos() > sinceNanos).count();
  }

  /** When the first 2001 after {@code sinceNanos} arrived (System.nanoTime). */
  private long firstSuccessAfter(long sinceNanos) {
    return answers.stream()
        .filter(a -> a.code() == 2001 && a.receivedNanos() > sinceNanos)
        .mapToLong(AirAnswer::receivedNanos)
        .min()
        .orElseThrow();
  }
}
