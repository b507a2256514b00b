package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.Sqn;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.TestPeer;

/**
 * The container image (container/build-image.sh, from target/hss.jar) run by podman
 * (container/run.sh) with its embedded PostgreSQL on a named volume: it serves /health/ready and
 * S6a, stops cleanly on SIGTERM (DPR to the connected peer, database stopped, exit status 143 = 128
 * + SIGTERM, the JVM's after its shutdown hooks ran), and a new container on the same volume still
 * has the subscriber and continues its SQN. Runs in phase integration-test, after the jar is
 * packaged; skips where podman is missing, except when CI is set (.ci/run installs it).
 */
class ContainerImageIT {
  private static final String IMAGE = "localhost/reactive-hss:test";
  private static final String IMSI = "001010000018006";
  private static final Duration READY_WITHIN = Duration.ofSeconds(150);

  private final String name = "hss-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final String volume = name + "-data";
  private final List<String> containers = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private int diameterPort;
  private int httpPort;

  @BeforeEach
  void podmanIsInstalled() {
    if (!Podman.installed()) {
      if (System.getenv("CI") != null) {
        fail("CI is set but podman is missing (Debian: podman)");
      }
      abort("podman is not installed (Debian: podman): the container image is not tested");
    }
  }

  @Test
  @Timeout(value = 12, unit = TimeUnit.MINUTES)
  void theImage_servesS6aFromItsVolume_stopsCleanlyOnSigterm_andKeepsItsDataForTheNextContainer()
      throws Exception {
    assertThat(Path.of("target/hss.jar")).as("the shaded jar, packaged before this test").exists();
    Podman.run(Duration.ofMinutes(6), "container/build-image.sh", "test").ok();
    String previous = imageId();
    Podman.podman(Duration.ofMinutes(2), "load", "-i", "target/reactive-hss-image.tar").ok();
    if (!previous.isEmpty() && !previous.equals(imageId())) {
      // the previous run's image, now without a name: each rebuilt jar makes a new image
      Podman.podman(Duration.ofSeconds(60), "rmi", previous);
    }
    Podman.podman(Duration.ofSeconds(30), "volume", "create", volume).ok();
    diameterPort = freePort();
    httpPort = freePort();

    String first = start("1");
    assertThat(put("/api/v1/subscribers/" + IMSI, S6aClient.subscriber(IMSI, "")))
        .isBetween(200, 299);
    Sqn before;
    try (S6aClient mme = new S6aClient(new TestPeer(diameterPort, "mme-it.localdomain")).opened()) {
      before = sqnOfOneVector(mme);
      stopAnsweringDpr(first, mme.peer);
    }
    assertStoppedCleanly(first);

    String second = start("2");
    assertThat(get("/api/v1/subscribers/" + IMSI)).as("the subscriber, read back").isEqualTo(200);
    try (S6aClient mme = new S6aClient(new TestPeer(diameterPort, "mme-it.localdomain")).opened()) {
      assertThat(sqnOfOneVector(mme).value())
          .as("SQN continues from the volume's database")
          .isGreaterThan(before.value());
    }
    Podman.podman(Duration.ofSeconds(60), "stop", "-t", "30", second).ok();
    assertStoppedCleanly(second);
  }

  private static String imageId() throws IOException, InterruptedException {
    Podman.Result r =
        Podman.podman(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Id}}", IMAGE);
    return r.status() == 0 ? r.output().trim() : "";
  }

  /** A container of the image on the volume, on the host's network; returns once it is ready. */
  private String start(String suffix) throws Exception {
    String container = name + "-" + suffix;
    containers.add(container);
    Podman.run(
            Duration.ofMinutes(2),
            "container/run.sh",
            IMAGE,
            "-d",
            "--name",
            container,
            "--network=host",
            "-v",
            volume + ":/app/data",
            "-e",
            "HSS_DIAMETER_PORT=" + diameterPort,
            "-e",
            "HSS_DIAMETER_LISTEN_ADDRESS=127.0.0.1",
            "-e",
            "HSS_DIAMETER_SCTP=false",
            "-e",
            "HSS_HTTP_PORT=" + httpPort)
        .ok();
    boolean ready = Await.within(READY_WITHIN, () -> isReady(container));
    if (!ready) {
      fail("not ready within " + READY_WITHIN + ":\n" + logs(container));
    }
    return container;
  }

  private boolean isReady(String container) throws IOException, InterruptedException {
    String state =
        Podman.podman(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Status}}", container)
            .output()
            .trim();
    if (!state.equals("running")) {
      throw new AssertionError("container " + state + " before ready:\n" + logs(container));
    }
    try {
      return get("/health/ready") == 200;
    } catch (IOException notListeningYet) {
      return false;
    }
  }

  private static Sqn sqnOfOneVector(S6aClient mme) throws IOException {
    DiameterMessage aia = mme.exchange(mme.air(IMSI, 1, HOME_PLMN, null));
    assertThat(aia.resultCode()).as("AIA Result-Code").isEqualTo(2001);
    UsimModel usim =
        UsimModel.of("milenage", S6aClient.hex(S6aClient.K), null, S6aClient.hex(S6aClient.OPC));
    return new UsimSqn(usim).of(S6aClient.eutranVectors(aia).get(0));
  }

  /**
   * podman stop sends SIGTERM; the HSS's shutdown hook sends DPR (RFC 6733 §5.4) to this peer,
   * which answers DPA, before the database stops.
   */
  private static void stopAnsweringDpr(String container, TestPeer peer)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("hss-container-stop", ".out");
    try {
      Process stop = Podman.start(out, "podman", "stop", "-t", "30", container);
      DiameterMessage dpr = receiveWithin(peer, Duration.ofSeconds(30));
      assertThat(dpr.isRequest()).isTrue();
      assertThat(dpr.commandCode()).as("DPR").isEqualTo(BaseCommands.DISCONNECT_PEER.code());
      peer.send(
          MessageBuilder.answer(dpr)
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      Podman.await(stop, Duration.ofSeconds(60), out, "podman stop").ok();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The next message, reading past the peer's socket timeout until {@code deadline}. */
  private static DiameterMessage receiveWithin(TestPeer peer, Duration deadline)
      throws IOException {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      try {
        return peer.receive();
      } catch (java.net.SocketTimeoutException quiet) {
        if (System.nanoTime() - end > 0) {
          throw quiet;
        }
      }
    }
  }

  private void assertStoppedCleanly(String container) throws IOException, InterruptedException {
    String exit =
        Podman.podman(
                Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}", container)
            .ok()
            .output()
            .trim();
    String log = logs(container);
    assertThat(exit).as("exit status (128 + SIGTERM); log:\n%s", log).isEqualTo("143");
    assertThat(log)
        .contains("Embedded PostgreSQL stopped")
        .doesNotContain("shutdown did not complete cleanly");
  }

  private static String logs(String container) throws IOException, InterruptedException {
    return Podman.podman(Duration.ofSeconds(30), "logs", container).output();
  }

  private int get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private int put(String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(
            request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Containers and the volume go, whatever happened; the image stays for the next run's load. */
  @AfterEach
  void removeContainersAndVolume() throws IOException, InterruptedException {
    for (String container : containers) {
      Podman.podman(Duration.ofSeconds(60), "rm", "-f", "-t", "5", container);
    }
    Podman.podman(Duration.ofSeconds(30), "volume", "rm", "-f", volume);
  }
}
