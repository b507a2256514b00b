package org.reactivehss.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Commands (podman, the scripts under container/) run from the repository's root with a deadline: a
 * command that overruns it is killed and fails the test, so no container step can hang the build.
 */
final class Podman {
  /** What a command printed (stdout and stderr together) and its exit status. */
  record Result(int status, String output) {
    Result ok() {
      if (status != 0) {
        throw new AssertionError("exit status " + status + ":\n" + output);
      }
      return this;
    }
  }

  private Podman() {}

  /** Whether a podman that answers --version is on the PATH. */
  static boolean installed() {
    try {
      return run(Duration.ofSeconds(30), "podman", "--version").status() == 0;
    } catch (IOException | InterruptedException | AssertionError absent) {
      return false;
    }
  }

  static Result podman(Duration deadline, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("podman"));
    command.addAll(List.of(args));
    return run(deadline, command.toArray(String[]::new));
  }

  /** Starts {@code command} without waiting: for a step the test must act during (DPR on stop). */
  static Process start(Path output, String... command) throws IOException {
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }

  static Result run(Duration deadline, String... command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("hss-container", ".out");
    try {
      Process p = start(output, command);
      return await(p, deadline, output, String.join(" ", command));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Waits for {@code p}, started by {@link #start}, killing it after {@code deadline}. */
  static Result await(Process p, Duration deadline, Path output, String what)
      throws IOException, InterruptedException {
    if (!p.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          what + " did not end within " + deadline + ":\n" + Files.readString(output));
    }
    return new Result(p.exitValue(), Files.readString(output));
  }
}
