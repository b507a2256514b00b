package org.reactivehss.testing;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.reactivehss.HssMain;
import org.reactivehss.RunningHss;
import org.reactivehss.api.ApiOptions;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.store.StoreOptions;

/**
 * A whole HSS for end-to-end tests: embedded PostgreSQL in a temporary directory, Diameter and HTTP
 * on free loopback ports, and helpers to provision over the real REST API and to connect Diameter
 * peers.
 */
public final class E2eHss implements AutoCloseable {
  public final Vertx vertx = Vertx.vertx();
  public final RunningHss running;
  public final int diameterPort;
  public final int httpPort;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private volatile boolean killed;

  public E2eHss() throws Exception {
    this(List.of(), 2_000);
  }

  public E2eHss(List<PeerOptions> peers, int requestTimeoutMs) throws Exception {
    this(peers, requestTimeoutMs, UnaryOperator.identity(), null);
  }

  /**
   * {@code watchdogIntervalMs}: Tw (RFC 3539), below the RFC's 6 s floor for tests of lost peers.
   */
  public E2eHss(List<PeerOptions> peers, int requestTimeoutMs, int watchdogIntervalMs)
      throws Exception {
    this(
        peers,
        requestTimeoutMs,
        o -> o.withTimers(o.cerTimeoutMs(), watchdogIntervalMs, 500, requestTimeoutMs),
        null);
  }

  /**
   * An HSS whose Diameter options are adjusted by {@code diameterTweak} (e.g. in-flight limits) and
   * that uses {@code database} (an external one, e.g. from TestDatabase) or, when null, its own
   * embedded PostgreSQL in a temporary directory.
   */
  public E2eHss(
      List<PeerOptions> peers,
      int requestTimeoutMs,
      UnaryOperator<DiameterOptions> diameterTweak,
      StoreOptions database)
      throws Exception {
    this(peers, requestTimeoutMs, diameterTweak, database, UnaryOperator.identity());
  }

  /**
   * As above, with the HTTP options adjusted by {@code httpTweak} too (e.g. its connection limits).
   */
  public E2eHss(
      List<PeerOptions> peers,
      int requestTimeoutMs,
      UnaryOperator<DiameterOptions> diameterTweak,
      StoreOptions database,
      UnaryOperator<ApiOptions> httpTweak)
      throws Exception {
    this(peers, requestTimeoutMs, diameterTweak, database, httpTweak, UnaryOperator.identity());
  }

  /**
   * An HSS on {@code database} (shared with other HSS instances: replicas, docs/scale-out.md) with
   * its whole configuration adjusted by {@code configTweak}.
   */
  public E2eHss(int requestTimeoutMs, StoreOptions database, UnaryOperator<HssConfig> configTweak)
      throws Exception {
    this(
        List.of(),
        requestTimeoutMs,
        UnaryOperator.identity(),
        database,
        UnaryOperator.identity(),
        configTweak);
  }

  /** An HSS with {@code peers} and its whole configuration adjusted by {@code configTweak}. */
  public E2eHss(List<PeerOptions> peers, UnaryOperator<HssConfig> configTweak) throws Exception {
    this(peers, 2_000, UnaryOperator.identity(), null, UnaryOperator.identity(), configTweak);
  }

  private E2eHss(
      List<PeerOptions> peers,
      int requestTimeoutMs,
      UnaryOperator<DiameterOptions> diameterTweak,
      StoreOptions database,
      UnaryOperator<ApiOptions> httpTweak,
      UnaryOperator<HssConfig> configTweak)
      throws Exception {
    this.dataDir = Files.createTempDirectory("hss-e2e");
    this.diameterPort = freePort();
    HssConfig d = ConfigLoader.defaults();
    DiameterOptions diameter =
        diameterTweak.apply(
            d.diameter()
                .withListen("127.0.0.1", diameterPort)
                .withSctp(DiameterOptions.SctpMode.FALSE, 0)
                .withTimers(
                    d.diameter().cerTimeoutMs(),
                    d.diameter().watchdogIntervalMs(),
                    500,
                    requestTimeoutMs)
                .withInstances(2)
                .withPeers(peers));
    StoreOptions db =
        database != null ? database : d.db().withEmbedded(dataDir.resolve("db").toString(), 0);
    HssConfig config =
        configTweak.apply(
            new HssConfig(
                d.originHost(),
                d.realm(),
                d.productName(),
                diameter,
                httpTweak.apply(d.http().withPort(0)),
                db));
    this.running =
        HssMain.start(vertx, config)
            .toCompletionStage()
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    this.httpPort = running.httpPort();
  }

  /** A Diameter peer connected to this HSS (not yet past CER). */
  public TestPeer connect(String originHost) throws IOException {
    return new TestPeer(diameterPort, originHost);
  }

  /** PUT /api/v1/subscribers/{imsi}; returns the HTTP status. */
  public int provision(String imsi, String json) throws IOException, InterruptedException {
    return send("PUT", "/api/v1/subscribers/" + imsi, json).statusCode();
  }

  public HttpResponse<String> send(String method, String path, String body)
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

  /** GET /metrics, parsed. */
  public Scrape scrape() throws IOException, InterruptedException {
    return new Scrape(send("GET", "/metrics", null).body());
  }

  /**
   * Waits up to 15 s for the series to move by {@code expected} since {@code before} (for outcomes
   * that end after retries and timeouts, not on the request path); fails the test otherwise.
   */
  public void awaitMetric(Scrape before, double expected, String name, String... labels)
      throws Exception {
    String series = name + " " + String.join(",", labels);
    Await.until(
        series + " moved by " + expected,
        Duration.ofSeconds(15),
        () -> scrape().since(before, name, labels) >= expected);
    double seen = scrape().since(before, name, labels);
    if (seen != expected) {
      throw new AssertionError(series + " moved by " + seen + ", expected " + expected);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * As a killed process ends: the database pool goes first, so nothing more is written (no answer,
   * no leaving the replica directory), then Vert.x, cutting every connection without DPR. {@link
   * #close()} afterwards only removes the temporary directory.
   */
  public void kill() throws Exception {
    killed = true;
    // two waits, each as long as close()'s: on a loaded machine the pool's close alone can be slow
    running
        .storage()
        .pool()
        .close()
        .toCompletionStage()
        .toCompletableFuture()
        .get(30, TimeUnit.SECONDS);
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    if (killed) {
      deleteTree(dataDir);
      return;
    }
    running.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    deleteTree(dataDir);
  }

  /**
   * The embedded database's files (tens of MB per HSS) go with the HSS that stopped them, so that
   * test runs do not fill the disk; whatever cannot be removed is left for the OS.
   */
  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a temporary directory
    }
  }
}
