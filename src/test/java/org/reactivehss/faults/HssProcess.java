package org.reactivehss.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.reactivehss.HssMain;
import org.reactivehss.testing.Await;

/**
 * The whole HSS ({@link HssMain}) in a JVM of its own, configured through HSS_* environment
 * variables as an operator would, so that a test can kill -9 it. Its output goes to a log file.
 */
final class HssProcess {
  private final Process process;
  final int diameterPort;
  final int httpPort;
  private final HttpClient http = HttpClient.newHttpClient();

  private HssProcess(Process process, int diameterPort, int httpPort) {
    this.process = process;
    this.diameterPort = diameterPort;
    this.httpPort = httpPort;
  }

  /** Starts the HSS with {@code env} added to the ports and returns once /health/ready says 200. */
  static HssProcess start(int diameterPort, int httpPort, Map<String, String> env, Path log)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder b =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                HssMain.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    b.environment().keySet().removeIf(name -> name.startsWith("HSS_"));
    b.environment().putAll(env);
    b.environment().put("HSS_DIAMETER_PORT", Integer.toString(diameterPort));
    b.environment().put("HSS_DIAMETER_LISTEN_ADDRESS", "127.0.0.1");
    b.environment().put("HSS_DIAMETER_SCTP", "false");
    b.environment().put("HSS_HTTP_PORT", Integer.toString(httpPort));
    b.environment().put("HSS_HTTP_HOST", "127.0.0.1");
    HssProcess hss = new HssProcess(b.start(), diameterPort, httpPort);
    hss.awaitReady(Duration.ofSeconds(90), log);
    return hss;
  }

  private void awaitReady(Duration limit, Path log) throws InterruptedException {
    if (!Await.within(limit, () -> isReady(log))) {
      kill();
      throw new IllegalStateException("HSS not ready within " + limit + "; see " + log);
    }
  }

  /** Whether /health/ready says 200; an HSS that has exited never will, so that throws. */
  private boolean isReady(Path log) throws InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException("HSS exited with " + process.exitValue() + "; see " + log);
    }
    try {
      return request("GET", "/health/ready", null).statusCode() == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  HttpResponse<String> request(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  void provision(String imsi) throws IOException, InterruptedException {
    int status =
        request("PUT", "/api/v1/subscribers/" + imsi, VectorSqn.subscriberJson(imsi)).statusCode();
    if (status / 100 != 2) {
      throw new IllegalStateException("provisioning " + imsi + " answered " + status);
    }
  }

  /** SIGKILL: on Unix destroyForcibly sends signal 9; no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
