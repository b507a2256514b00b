package org.reactivehss;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.reactivehss.cli.HssCli;
import org.reactivehss.config.ConfigException;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.config.HssConfig;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.MetricsRegistry;
import org.reactivehss.net.StartupProblem;
import org.reactivehss.tools.loadgen.FailoverReport;
import org.reactivehss.tools.loadgen.LoadGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the configuration, starts the HSS, stops it cleanly on SIGTERM; or, named by the first
 * argument, runs one subcommand instead and exits.
 */
public final class HssMain {
  private static final Logger log = LoggerFactory.getLogger(HssMain.class);

  /** The subcommand that runs the Diameter load generator (benchmarks/) against a running HSS. */
  static final String LOADGEN = "loadgen";

  /** The subcommand that reads the load generator's recordings of a failover run (benchmarks/). */
  static final String FAILOVER_REPORT = "failover-report";

  private HssMain() {}

  /**
   * {@code [reseal-keys | loadgen | failover-report | import | subscriber] [options]}: serve (the
   * default), or run one subcommand and exit with its status (import and subscriber: {@link
   * HssCli}, docs/cli.md).
   */
  public static void main(String[] args) {
    OptionalInt status = runCommand(args);
    if (status.isPresent()) {
      System.exit(status.getAsInt());
      return;
    }
    serve(args);
  }

  /**
   * Runs the subcommand {@code args[0]} names, with the remaining arguments, on this (non
   * event-loop) thread and returns its exit status; empty when {@code args} name none, which means
   * serve.
   */
  static OptionalInt runCommand(String[] args) {
    String name = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    return switch (name) {
      case ResealKeysCommand.NAME -> OptionalInt.of(resealKeys(rest));
      case LOADGEN -> OptionalInt.of(LoadGenerator.run(rest));
      case FAILOVER_REPORT -> OptionalInt.of(FailoverReport.run(rest));
      default ->
          HssCli.COMMANDS.contains(name)
              ? OptionalInt.of(HssCli.run(args, System.getenv()))
              : OptionalInt.empty();
    };
  }

  private static int resealKeys(String[] configArgs) {
    try {
      return ResealKeysCommand.run(ConfigLoader.load(configArgs, System.getenv()));
    } catch (ConfigException e) {
      System.err.println("reactive-hss: " + e.getMessage());
      return 2;
    }
  }

  private static void serve(String[] configArgs) {
    HssConfig config;
    try {
      config = ConfigLoader.load(configArgs, System.getenv());
    } catch (ConfigException e) {
      System.err.println("reactive-hss: " + e.getMessage());
      System.exit(2);
      return;
    }
    log.info("effective configuration: {}", config);
    VertxOptions options =
        new VertxOptions()
            .setPreferNativeTransport(true)
            .setEventLoopPoolSize(HssStartup.EVENT_LOOPS);
    PrometheusMeterRegistry registry =
        config.metrics().enabled() ? MetricsRegistry.prometheus() : null;
    Vertx vertx =
        registry == null ? Vertx.vertx(options) : MetricsRegistry.vertx(options, registry);
    HssStartup.start(vertx, config, registry)
        .onComplete(
            ar -> {
              if (ar.failed() && ar.cause() instanceof StartupProblem problem) {
                // the operator's to fix, and the message says what: no stack trace
                log.error("startup failed: {}", problem.getMessage());
                vertx.close().onComplete(v -> System.exit(1));
              } else if (ar.failed()) {
                log.error("startup failed: {}", ar.cause().getMessage(), ar.cause());
                vertx.close().onComplete(v -> System.exit(1));
              } else {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitStop(ar.result())));
              }
            });
  }

  /**
   * Runs on the JVM's shutdown thread (never an event loop), which may wait for the DPR exchange.
   */
  private static void awaitStop(RunningHss hss) {
    try {
      hss.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("shutdown did not complete cleanly: {}", e.toString());
    }
  }

  /**
   * The whole HSS in {@code vertx}: storage, auth, Diameter, HTTP. Metrics (when enabled) go to a
   * registry of its own, without Vert.x's internal meters, which need the registry when Vert.x is
   * built.
   */
  public static Future<RunningHss> start(Vertx vertx, HssConfig config) {
    return HssStartup.start(
        vertx, config, config.metrics().enabled() ? MetricsRegistry.prometheus() : null);
  }

  /** Only the Diameter layer, without storage or HTTP: for tests of the peer layer. */
  public static Future<RunningHss> startDiameterOnly(Vertx vertx, HssConfig config) {
    return startDiameterOnly(vertx, config, HssMetrics.NONE);
  }

  /** As above, measuring into {@code metrics} (tests that check what the peer layer counts). */
  public static Future<RunningHss> startDiameterOnly(
      Vertx vertx, HssConfig config, HssMetrics metrics) {
    return HssStartup.startDiameter(vertx, config, metrics)
        .map(peers -> new RunningHss(vertx, peers, null, -1));
  }
}
