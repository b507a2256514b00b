package org.reactivehss.tools.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One {@code --record} file ({@link AnswerLog}) as {@link FailoverReport} reads it. */
record Recording(
    String name,
    long[] successTimes,
    Map<Long, Long> byResultCode,
    List<String> issuedSqns,
    long sent,
    long answered,
    long badMacs) {

  static Recording read(Path file) throws IOException {
    String name = file.getFileName().toString().replaceFirst("\\.rec$", "");
    List<Long> successes = new ArrayList<>();
    Map<Long, Long> codes = new TreeMap<>();
    List<String> sqns = new ArrayList<>();
    long sent = -1;
    long answered = -1;
    long badMacs = 0;
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split("\\s+");
      if (line.startsWith("# sent ")) {
        sent = Long.parseLong(f[2]);
        answered = Long.parseLong(f[4]);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (f.length != 4) {
        throw new IllegalArgumentException(file + ": not a recorded answer: " + line);
      }
      long code = Long.parseLong(f[1]);
      codes.merge(code, 1L, Long::sum);
      if (code == 2001) {
        successes.add(Long.parseLong(f[0]));
      }
      if (f[3].equals("bad-mac")) {
        badMacs++;
      } else if (!f[3].equals("-")) {
        sqns.add(f[2] + " " + f[3]);
      }
    }
    if (sent < 0) {
      throw new IllegalArgumentException(
          file + ": no '# sent' line: the load generator did not finish");
    }
    long[] times = successes.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Recording(name, times, codes, sqns, sent, answered, badMacs);
  }

  long unanswered() {
    return Math.max(0, sent - answered);
  }

  /**
   * The longest time without a success from the fault at {@code from} until {@code until} (the next
   * fault, or the end of the run): each gap between consecutive successes, the first counted from
   * the last success before the fault, so that a few answers right after the fault cannot hide the
   * outage that follows them. -1 when no success came in that time.
   */
  long longestGap(long from, long until) {
    int i = 0;
    while (i < successTimes.length && successTimes[i] <= from) {
      i++;
    }
    long previous = i == 0 ? from : successTimes[i - 1];
    long longest = -1;
    for (; i < successTimes.length && successTimes[i] <= until; i++) {
      longest = Math.max(longest, successTimes[i] - previous);
      previous = successTimes[i];
    }
    return longest;
  }
}
