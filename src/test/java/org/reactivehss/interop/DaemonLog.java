package org.reactivehss.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The log file a daemon writes, read as it grows. Only complete lines are matched, so a line the
 * daemon is halfway through writing is never mistaken for a match. Used from one test thread.
 */
final class DaemonLog {

  private static final long POLL_MILLIS = 50;
  private static final int TAIL_LINES = 60;

  private final Path file;
  private final List<String> lines = new ArrayList<>();
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private long readPosition;

  DaemonLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * The first line matching {@code pattern}, waiting up to {@code timeout} for it. Gives up early
   * when {@code alive} turns false, since a dead daemon writes no more lines.
   */
  Optional<String> await(Pattern pattern, Duration timeout, BooleanSupplier alive) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int scanned = 0;
    while (true) {
      boolean wasAlive = alive.getAsBoolean();
      readNewLines();
      for (; scanned < lines.size(); scanned++) {
        if (pattern.matcher(lines.get(scanned)).find()) {
          return Optional.of(lines.get(scanned));
        }
      }
      if (!wasAlive || System.nanoTime() - deadline > 0) {
        return Optional.empty();
      }
      pause();
    }
  }

  /** The last lines read, for failure messages. */
  String tail() {
    readNewLines();
    List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    return String.join("\n", last);
  }

  private void readNewLines() {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      channel.position(readPosition);
      int read;
      while ((read = channel.read(buffer)) > 0) {
        readPosition += read;
        buffer.flip();
        while (buffer.hasRemaining()) {
          byte b = buffer.get();
          if (b == '\n') {
            lines.add(partialLine.toString(StandardCharsets.UTF_8));
            partialLine.reset();
          } else {
            partialLine.write(b);
          }
        }
        buffer.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a log line", e);
    }
  }
}
