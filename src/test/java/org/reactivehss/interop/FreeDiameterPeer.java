package org.reactivehss.interop;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A freeDiameter daemon (Debian freediameterd 1.2.1) run as an independent Diameter peer on
 * loopback, for interop tests. Its configuration, throwaway certificate and log live in a fresh
 * temporary directory, which is kept after {@link #close()} so that a failed run can be read.
 *
 * <pre>
 * FreeDiameterPeer.assumeAvailable();
 * FreeDiameterConfig config = FreeDiameterConfig.of("mme.localdomain", "localdomain")
 *     .connectTo("hss.localdomain", "127.0.0.1", hssPort);
 * try (FreeDiameterPeer mme = FreeDiameterPeer.start(config)) {
 *   mme.awaitLog(FreeDiameterLogLines.stateOpen("hss.localdomain"), Duration.ofSeconds(10));
 * }
 * </pre>
 */
public final class FreeDiameterPeer implements AutoCloseable {

  /** Time freeDiameter gets to send its DPR and wait for the DPA before it is killed. */
  private static final Duration GRACEFUL_STOP = Duration.ofSeconds(5);

  private final String identity;
  private final Process process;
  private final DaemonLog log;

  private FreeDiameterPeer(String identity, Process process, DaemonLog log) {
    this.identity = identity;
    this.process = process;
    this.log = log;
  }

  /** Skips the calling test when freeDiameter is not installed; fails instead when CI is set. */
  public static void assumeAvailable() {
    FreeDiameterInstallation.require();
  }

  /** Writes the configuration and a certificate for {@code config}'s identity, then starts it. */
  public static FreeDiameterPeer start(FreeDiameterConfig config) throws IOException {
    FreeDiameterInstallation installation = FreeDiameterInstallation.require();
    Path dir = Files.createTempDirectory("freediameter-" + config.identity + "-");
    SelfSignedCertificate certificate =
        config.certificateOrNull() != null
            ? config.certificateOrNull()
            : SelfSignedCertificate.create(config.identity, dir);
    Path conf = config.writeTo(dir, certificate, installation);
    Path logFile = Files.createFile(dir.resolve("freeDiameterd.log"));
    // -dd lowers the level to DEBUG, which logs every message sent and received (hooks.c).
    Process process =
        new ProcessBuilder(installation.binary.toString(), "-c", conf.toString(), "-d", "-d")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    return new FreeDiameterPeer(config.identity, process, new DaemonLog(logFile));
  }

  /** A TCP port that was free on 127.0.0.1 a moment ago. */
  public static int freeLocalPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  public String identity() {
    return identity;
  }

  /** The daemon's combined stdout and stderr. */
  public Path logFile() {
    return log.file();
  }

  /** The first log line containing {@code needle}; see {@link #awaitLog(Pattern, Duration)}. */
  public String awaitLog(String needle, Duration timeout) {
    return awaitLog(Pattern.compile(Pattern.quote(needle)), timeout);
  }

  /**
   * The first log line, since the start, in which {@code pattern} is found. Fails with the log's
   * tail when no such line appears within {@code timeout} or the daemon exits first.
   */
  public String awaitLog(Pattern pattern, Duration timeout) {
    return log.await(pattern, timeout, process::isAlive)
        .orElseThrow(
            () ->
                new AssertionError(
                    identity
                        + ": no log line matching /"
                        + pattern
                        + "/ within "
                        + timeout
                        + (process.isAlive()
                            ? ""
                            : " (freeDiameterd exited with " + process.exitValue() + ")")
                        + "; log "
                        + log.file()
                        + " ends with:\n"
                        + log.tail()));
  }

  /**
   * Stops the daemon: SIGTERM first, on which freeDiameter sends DPR (cause REBOOTING) to every
   * open peer and waits for the DPA; whatever is left after {@link #GRACEFUL_STOP} is killed.
   */
  @Override
  public void close() {
    List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
    process.destroy();
    try {
      if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Override
  public String toString() {
    return "freeDiameterd " + identity + " (log " + log.file() + ")";
  }
}
