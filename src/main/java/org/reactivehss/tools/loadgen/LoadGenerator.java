package org.reactivehss.tools.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * A Diameter load generator: C connections, each pipelining a window of requests (closed loop) or
 * sending at a fixed rate (open loop, {@code --rate}), printing progress every second and, at the
 * end, answers per second, result codes and latency percentiles.
 *
 * <pre>
 *   java -jar target/hss.jar loadgen \
 *        --host 127.0.0.1 --port 3868 --connections 4 --window 128 --warmup 5 --duration 20
 *   ... --message air --subscribers 100000 --first-imsi 001010000000000 --rate 10000
 *   ... --message ulr --subscribers 100000 --connections 4 --window 16
 *   ... --message ecr --subscribers 100000 --connections 4 --window 64
 *   ... --flow attach --detach-share 10 --subscribers 100000 --window 16
 *   ... --flow ims-registration --scscf-pool 4 --reregister-seconds 30 --subscribers 100000
 *   ... --mix air=40,ulr=25,pur=5,uar=10,mar=10,sar=10 --rate 2000 --resync-share 1
 * </pre>
 *
 * This is a command-line tool run on its own thread; waiting here blocks no event loop.
 */
public final class LoadGenerator {
  /**
   * When answers are recorded, every request counts: the ones still outstanding get up to {@link
   * #DRAIN_MILLIS} (beyond the HSS's request timeout) before the run is closed and they count as
   * unanswered.
   */
  private static final long DRAIN_MILLIS = 5000;

  private LoadGenerator() {}

  /**
   * Runs the load {@code args} describe and returns the exit status: 0 when it ran (or {@code
   * --help} printed the options), 1 when the HSS could not be reached or the run broke off, 2 when
   * an option is wrong (the message and the options go to standard error).
   */
  public static int run(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(LoadOptions.USAGE);
      return 0;
    }
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("load generator: " + e.getMessage());
      System.err.print(LoadOptions.USAGE);
      return 2;
    }
    try {
      return generate(options).status();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      System.err.println("load generator: interrupted");
      return 1;
    } catch (ExecutionException | TimeoutException e) {
      System.err.println("load generator: " + e);
      return 1;
    }
  }

  /**
   * How a run ended: its exit status and what it counted (for the tests that run flows and mixes
   * against a test HSS).
   */
  record Outcome(
      int status,
      LoadCounters counters,
      CommandStats stats,
      FlowCounters flows,
      VectorCheck vectors) {}

  static Outcome generate(LoadOptions options)
      throws InterruptedException, ExecutionException, TimeoutException {
    Vertx vertx =
        Vertx.vertx(
            new VertxOptions()
                .setPreferNativeTransport(true)
                .setEventLoopPoolSize(options.eventLoops()));
    LatencyRecorders recorder = new LatencyRecorders();
    LoadCounters counters = new LoadCounters();
    CommandStats stats = new CommandStats();
    FlowCounters flows = new FlowCounters();
    VectorCheck vectors = new VectorCheck(options);
    NetClient client = vertx.createNetClient(new NetClientOptions().setTcpNoDelay(true));
    List<LoadConnection> connections = new ArrayList<>();
    List<Future<Void>> opened = new ArrayList<>();
    for (int i = 0; i < options.connections(); i++) {
      LoadConnection c = new LoadConnection(options, i, recorder, counters, stats, flows, vectors);
      connections.add(c);
      // Called from this (non-Vert.x) thread, each connect gets a context of its own: the
      // connections spread over the event loops round robin.
      opened.add(c.start(client));
    }
    try {
      Future.all(opened).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // without this the event-loop threads would keep the JVM (and a benchmark script) waiting
      // forever
      System.err.printf(
          "load generator: could not open %d connections to %s:%d: %s%n",
          options.connections(),
          options.host(),
          options.port(),
          e.getCause() == null ? e : e.getCause().getMessage());
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      return new Outcome(1, counters, stats, flows, vectors);
    }
    System.out.printf(
        "connected %d connections, %s, message %s%n",
        options.connections(),
        options.openLoop() ? "open loop at " + options.rate() + "/s" : "window " + options.window(),
        options.message());

    Histogram measured = IntervalLatencies.histogram();
    Histogram measuredFromSend = IntervalLatencies.histogram();
    Histogram measuredLag = IntervalLatencies.histogram();
    long measuredAnswers = 0;
    long total = options.warmupSeconds() + options.durationSeconds();
    long lastAnswers = counters.answers.sum();
    long lastFlows = 0;
    if (options.warmupSeconds() == 0) {
      flows.warm();
    }
    // rates are taken over the seconds that really passed: on a busy machine a tick of this loop
    // can take longer than one second
    long startNanos = System.nanoTime();
    long warmNanos = startNanos;
    for (int second = 1; second <= total; second++) {
      long untilTick = startNanos + second * 1_000_000_000L - System.nanoTime();
      if (untilTick > 0) {
        Thread.sleep(untilTick / 1_000_000, (int) (untilTick % 1_000_000));
      }
      Histogram interval = recorder.answers.interval();
      Histogram intervalFromSend = recorder.fromSend.interval();
      Histogram intervalLag = recorder.sendLag.interval();
      long answers = counters.answers.sum();
      boolean warm = second > options.warmupSeconds();
      stats.interval(warm);
      if (warm) {
        measured.add(interval);
        measuredFromSend.add(intervalFromSend);
        measuredLag.add(intervalLag);
        measuredAnswers += answers - lastAnswers;
      }
      long completedFlows = flows.completedAll();
      System.out.printf(
          "%s %3ds  %,10d answers/s  p99 %,8d us%s%s%n",
          warm ? "measure" : "warmup ",
          second,
          answers - lastAnswers,
          interval.getValueAtPercentile(99),
          options.openLoop()
              ? String.format("  sent late p99 %,8d us", intervalLag.getValueAtPercentile(99))
              : "",
          options.profile().flow() == null
              ? ""
              : String.format("  %,8d flows/s", completedFlows - lastFlows));
      lastAnswers = answers;
      lastFlows = completedFlows;
      if (second == options.warmupSeconds()) {
        flows.warm();
        warmNanos = System.nanoTime();
      }
    }
    double measuredSeconds = (System.nanoTime() - warmNanos) / 1e9;
    connections.forEach(LoadConnection::stop);
    if (options.recording()) {
      awaitOutstanding(counters);
    }
    printSummary(
        options,
        measuredSeconds,
        measured,
        measuredAnswers,
        counters.snapshotByResultCode(),
        counters.malformed.sum());
    if (options.openLoop()) {
      printOpenLoopSplit(measuredFromSend, measuredLag);
    }
    printProfileSummary(options, measuredSeconds, stats, flows, vectors);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    if (options.recording()) {
      return new Outcome(
          writeRecord(options, connections, counters), counters, stats, flows, vectors);
    }
    return new Outcome(0, counters, stats, flows, vectors);
  }

  private static void awaitOutstanding(LoadCounters counters) throws InterruptedException {
    long until = System.currentTimeMillis() + DRAIN_MILLIS;
    while (counters.answers.sum() < counters.sent.sum() && System.currentTimeMillis() < until) {
      Thread.sleep(50);
    }
  }

  private static int writeRecord(
      LoadOptions options, List<LoadConnection> connections, LoadCounters counters) {
    long dropped = 0;
    try (Writer out = Files.newBufferedWriter(Path.of(options.record()))) {
      out.write("# loadgen message " + options.message() + "\n");
      for (LoadConnection c : connections) {
        out.append(c.log().lines());
        dropped += c.log().dropped();
      }
      out.write(
          "# sent "
              + counters.sent.sum()
              + " answered "
              + counters.answers.sum()
              + " unrecorded "
              + dropped
              + "\n");
    } catch (IOException e) {
      System.err.println("load generator: cannot write " + options.record() + ": " + e);
      return 1;
    }
    System.out.println("answers recorded in " + options.record());
    return 0;
  }

  /** Per-command table, flows and the vector check, for --flow, --mix and --resync-share. */
  private static void printProfileSummary(
      LoadOptions o, double seconds, CommandStats stats, FlowCounters flows, VectorCheck vectors) {
    ProfileOptions p = o.profile();
    if (!p.active() && p.resyncSharePercent() == 0) {
      return;
    }
    System.out.println();
    System.out.print(stats.table(seconds));
    if (p.flow() != null) {
      System.out.println();
      System.out.print(flows.table(seconds));
    }
    System.out.println(vectors.summary());
  }

  /**
   * Open loop: the table above counts from each request's due time; these say how much of it the
   * generator's own lateness was (OpenLoopSchedule).
   */
  private static void printOpenLoopSplit(Histogram fromSend, Histogram lag) {
    System.out.printf(
        "from the actual send (as measured before 2026-12-02): p50 %d us, p99 %d us, p99.9 %d us, max %d us%n",
        fromSend.getValueAtPercentile(50),
        fromSend.getValueAtPercentile(99),
        fromSend.getValueAtPercentile(99.9),
        fromSend.getMaxValue());
    System.out.printf(
        "sent late against the schedule (the generator's share): p50 %d us, p99 %d us, p99.9 %d us, max %d us%n",
        lag.getValueAtPercentile(50),
        lag.getValueAtPercentile(99),
        lag.getValueAtPercentile(99.9),
        lag.getMaxValue());
  }

  private static void printSummary(
      LoadOptions o,
      double seconds,
      Histogram h,
      long answers,
      Map<Long, Long> codes,
      long malformed) {
    System.out.println();
    System.out.println(
        "| connections | window or rate | seconds | answers | answers/s | p50 us | p90 us | p99 us | p99.9 us | max us |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(
        "| %d | %s | %.1f | %d | %.0f | %d | %d | %d | %d | %d |%n",
        o.connections(),
        o.openLoop() ? o.rate() + "/s" : "window " + o.window(),
        seconds,
        answers,
        answers / seconds,
        h.getValueAtPercentile(50),
        h.getValueAtPercentile(90),
        h.getValueAtPercentile(99),
        h.getValueAtPercentile(99.9),
        h.getMaxValue());
    System.out.println(
        "result codes (whole run): " + codes + (malformed > 0 ? ", malformed: " + malformed : ""));
  }
}
