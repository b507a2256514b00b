package org.reactivehss.store;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The running PostgreSQL server process of the embedded database. Its settings go on its command
 * line (no shell in between, so any data directory path is safe), where they override
 * postgresql.conf and ALTER SYSTEM. Blocking: call from a worker.
 */
final class Postmaster {
  /**
   * Unix socket paths must fit sockaddr_un.sun_path (108 bytes on Linux) with their terminating
   * NUL.
   */
  static final int MAX_SOCKET_PATH_BYTES = 107;

  private final PostgresBinaries binaries;
  private final Path pgdata;
  private final Process process;

  private Postmaster(PostgresBinaries binaries, Path pgdata, Process process) {
    this.binaries = binaries;
    this.pgdata = pgdata;
    this.process = process;
  }

  /**
   * The socket PostgreSQL would create in {@code pgdata} for {@code port}, or null when its path is
   * too long.
   */
  static Path socketFile(Path pgdata, int port) {
    Path socket = pgdata.resolve(".s.PGSQL." + port);
    return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH_BYTES
        ? socket
        : null;
  }

  /**
   * Starts the server on 127.0.0.1:{@code port} and, when {@code unixSocket}, a 0700 socket in the
   * data directory; returns once it accepts connections.
   */
  static Postmaster start(
      PostgresBinaries binaries,
      Path pgdata,
      int port,
      boolean unixSocket,
      int sharedBuffersMb,
      Duration wait)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of("-D", pgdata.toString(), "-p", Integer.toString(port)));
    setting(args, "listen_addresses", "127.0.0.1");
    setting(args, "unix_socket_directories", unixSocket ? pgdata.toString() : "");
    setting(args, "unix_socket_permissions", "0700");
    setting(args, "password_encryption", "scram-sha-256");
    // durability of every reservation rests on these (they are PostgreSQL's defaults; pinned here)
    setting(args, "fsync", "on");
    setting(args, "synchronous_commit", "on");
    setting(args, "max_connections", "200");
    setting(args, "timezone", "UTC");
    // its page cache: with more subscribers than fit, each AIR's row update reads and evicts pages
    // (RESULTS.md, AIR with 1,000,000 subscribers); db.embedded-shared-buffers-mb
    setting(args, "shared_buffers", sharedBuffersMb + "MB");
    // the server's own log, rotated by PostgreSQL, in the data directory (0600 files)
    setting(args, "logging_collector", "on");
    setting(args, "log_file_mode", "0600");
    File startupLog = pgdata.resolve("startup.log").toFile();
    Process process =
        new ProcessBuilder(binaries.command("postgres", args))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(startupLog))
            .start();
    Postmaster postmaster = new Postmaster(binaries, pgdata, process);
    postmaster.awaitReady(wait);
    return postmaster;
  }

  private static void setting(List<String> args, String name, String value) {
    args.add("-c");
    args.add(name + "=" + value);
  }

  /**
   * postmaster.pid's 8th line becomes "ready" once the server accepts connections (PostgreSQL 10+).
   */
  private void awaitReady(Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    Path pidFile = pgdata.resolve("postmaster.pid");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "embedded PostgreSQL exited at start (status "
                + process.exitValue()
                + "); see "
                + pgdata.resolve("startup.log")
                + " and "
                + pgdata.resolve("log"));
      }
      if (Files.exists(pidFile)) {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() >= 8
            && lines.get(0).trim().equals(Long.toString(process.pid()))
            && lines.get(7).trim().equals("ready")) {
          return;
        }
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while the embedded PostgreSQL started", e);
      }
    }
    stop();
    throw new IOException(
        "embedded PostgreSQL not ready within " + wait + "; see " + pgdata.resolve("log"));
  }

  /**
   * Fast shutdown (clients disconnected, a checkpoint written), then waits for the process to end.
   */
  void stop() throws IOException {
    if (!process.isAlive()) {
      return;
    }
    Process pgCtl =
        new ProcessBuilder(
                binaries.command(
                    "pg_ctl",
                    List.of("-D", pgdata.toString(), "stop", "-m", "fast", "-w", "-t", "60")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      pgCtl.waitFor(90, TimeUnit.SECONDS);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        throw new IOException("embedded PostgreSQL pid " + process.pid() + " did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the embedded PostgreSQL stopped", e);
    }
  }
}
