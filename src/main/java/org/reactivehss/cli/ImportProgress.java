package org.reactivehss.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * How far an import is, on stderr: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (a log or a CI job has no use for carriage returns).
 */
final class ImportProgress {
  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long lastShown = started;

  ImportProgress(PrintStream err, boolean terminal, long totalBytes) {
    this.err = err;
    this.terminal = terminal;
    this.totalBytes = totalBytes;
  }

  /** After each chunk the HSS answered. */
  void update(long bytesRead, long lines) {
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    double fraction = totalBytes <= 0 ? 0 : Math.min(1.0, bytesRead / (double) totalBytes);
    if (terminal) {
      int filled = (int) Math.round(fraction * WIDTH);
      err.print(
          String.format(
              Locale.ROOT,
              "\r[%s%s] %3.0f%% %,d lines %,.0f/s ",
              "#".repeat(filled),
              ".".repeat(WIDTH - filled),
              fraction * 100,
              lines,
              rate(lines)));
    } else {
      err.println(
          String.format(
              Locale.ROOT,
              "import: %.0f%% read, %,d lines sent, %,.0f lines/s",
              fraction * 100,
              lines,
              rate(lines)));
    }
    err.flush();
  }

  /** Clears the bar before the summary. */
  void done() {
    if (terminal) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  double rate(long lines) {
    double s = seconds();
    return s <= 0 ? 0 : lines / s;
  }
}
