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
import org.reactivehss.testing.Await;

/**
 * The log file a daemon writes, read as it grows. Only complete lines are matched, so a line the
 * daemon is halfway through writing is never mistaken for a match. Used from one test thread.
 */
final class DaemonLog {

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
    Scan scan = new Scan(pattern);
    try {
      Await.within(
          timeout,
          () -> {
            // liveness sampled before the read: a daemon already dead then has written its last
            // line
            boolean wasAlive = alive.getAsBoolean();
            readNewLines();
            return scan.matchesNewLines() || !wasAlive;
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a log line", e);
    }
    return scan.match();
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

  /** One wait's search: each line is matched once, however often the wait checks. */
  private final class Scan {
    private final Pattern pattern;
    private int next;
    private String match;

    Scan(Pattern pattern) {
      this.pattern = pattern;
    }

    boolean matchesNewLines() {
      for (; next < lines.size(); next++) {
        if (pattern.matcher(lines.get(next)).find()) {
          match = lines.get(next);
          return true;
        }
      }
      return false;
    }

    Optional<String> match() {
      return Optional.ofNullable(match);
    }
  }
}
