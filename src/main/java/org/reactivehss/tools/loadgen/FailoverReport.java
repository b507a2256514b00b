package org.reactivehss.tools.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the answers that load generators recorded ({@code --record}) during a failover run and the
 * times of the faults, and prints what an operator asks of it: per fault and recording, the window
 * without a success (last 2001 before the fault to the first 2001 after it); per recording the
 * answers by result code and the requests never answered; over all recordings together, the SQNs
 * issued twice to one IMSI (the replicas share one database, so a repeat across them counts too).
 *
 * <pre>
 *   java -jar target/hss.jar failover-report EVENTS RECORDING...
 *   EVENTS: one line per fault, "epoch-ms label"; RECORDING: a --record file, named after its
 *   replica and message (r1-air.rec)
 * </pre>
 *
 * The last line is {@code verdict: ...}; the exit status is 0 when no SQN was issued twice, no
 * request went unanswered and every vector's MAC-A was right, 3 otherwise, 2 on unreadable input.
 */
public final class FailoverReport {
  private FailoverReport() {}

  /** A fault at {@code epochMillis}, as the failover script wrote it. */
  record Fault(long epochMillis, String label) {}

  public static int run(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: failover-report EVENTS RECORDING...");
      return 2;
    }
    try {
      List<Fault> faults = readFaults(Path.of(args[0]));
      List<Recording> recordings = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        recordings.add(Recording.read(Path.of(args[i])));
      }
      return print(faults, recordings);
    } catch (IOException | RuntimeException e) {
      System.err.println("failover-report: " + e.getMessage());
      return 2;
    }
  }

  static List<Fault> readFaults(Path file) throws IOException {
    List<Fault> faults = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.trim().split("\\s+", 2);
        faults.add(new Fault(Long.parseLong(f[0]), f.length > 1 ? f[1] : "fault"));
      }
    }
    return faults;
  }

  private static int print(List<Fault> faults, List<Recording> recordings) {
    StringBuilder header = new StringBuilder("| fault |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Recording r : recordings) {
      header.append(' ').append(r.name()).append(" longest without success, ms |");
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (int f = 0; f < faults.size(); f++) {
      Fault fault = faults.get(f);
      long until = f + 1 < faults.size() ? faults.get(f + 1).epochMillis() : Long.MAX_VALUE;
      StringBuilder row = new StringBuilder("| " + fault.label() + " |");
      for (Recording r : recordings) {
        long window = r.longestGap(fault.epochMillis(), until);
        row.append(' ')
            .append(window < 0 ? "no success after" : Long.toString(window))
            .append(" |");
      }
      System.out.println(row);
    }
    System.out.println();
    System.out.println(
        "| recording | sent | answered | unanswered | answers by result code | bad MAC-A |");
    System.out.println("|---|---|---|---|---|---|");
    long unanswered = 0;
    long badMacs = 0;
    for (Recording r : recordings) {
      unanswered += r.unanswered();
      badMacs += r.badMacs();
      System.out.printf(
          "| %s | %d | %d | %d | %s | %d |%n",
          r.name(), r.sent(), r.answered(), r.unanswered(), r.byResultCode(), r.badMacs());
    }
    Map<String, Integer> issued = new HashMap<>();
    long vectors = 0;
    for (Recording r : recordings) {
      for (String imsiAndSqn : r.issuedSqns()) {
        issued.merge(imsiAndSqn, 1, Integer::sum);
        vectors++;
      }
    }
    Map<String, Integer> twice = new TreeMap<>();
    issued.forEach(
        (key, n) -> {
          if (n > 1) {
            twice.put(key, n);
          }
        });
    System.out.println();
    System.out.printf("vectors checked: %d, SQNs issued twice: %d%n", vectors, twice.size());
    twice.entrySet().stream()
        .limit(10)
        .forEach(
            e ->
                System.out.println(
                    "  IMSI SQN " + e.getKey() + " issued " + e.getValue() + " times"));
    boolean pass = twice.isEmpty() && unanswered == 0 && badMacs == 0;
    System.out.printf(
        "verdict: %s (SQNs issued twice %d, unanswered %d, bad MAC-A %d)%n",
        pass ? "PASS" : "FAIL", twice.size(), unanswered, badMacs);
    return pass ? 0 : 3;
  }
}
