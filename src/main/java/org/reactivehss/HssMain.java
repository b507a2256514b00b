package org.reactivehss;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reactivehss.config.ConfigException;
import org.reactivehss.config.ConfigLoader;
import org.reactivehss.config.DiameterOptions;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.LocalIdentity;
import org.reactivehss.diameter.peer.PeerRuntime;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.diameter.transport.DiameterServerVerticle;
import org.reactivehss.diameter.transport.PeerDialerVerticle;
import org.reactivehss.diameter.transport.SctpServerVerticle;
import org.reactivehss.diameter.transport.SctpSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the configuration, deploys the verticles, and nothing else. */
public final class HssMain {
  private static final Logger log = LoggerFactory.getLogger(HssMain.class);

  private HssMain() {
  }

  public static void main(String[] args) {
    HssConfig config;
    try {
      config = ConfigLoader.load(args, System.getenv());
    } catch (ConfigException e) {
      System.err.println("reactive-hss: " + e.getMessage());
      System.exit(2);
      return;
    }
    log.info("effective configuration: {}", config);
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    start(vertx, config).onComplete(ar -> {
      if (ar.failed()) {
        log.error("startup failed: {}", ar.cause().getMessage(), ar.cause());
        vertx.close().onComplete(v -> System.exit(1));
      } else {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitStop(ar.result())));
      }
    });
  }

  /** Runs on the JVM's shutdown thread (never an event loop), which may wait for the DPR exchange. */
  private static void awaitStop(RunningHss hss) {
    try {
      hss.stop().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("shutdown did not complete cleanly: {}", e.toString());
    }
  }

  /** Starts the whole HSS in {@code vertx}; tests call this with their own configuration. */
  public static Future<RunningHss> start(Vertx vertx, HssConfig config) {
    DiameterBus.registerCodecs(vertx);
    LocalIdentity identity = new LocalIdentity(config.originHost(), config.realm(), config.productName(),
        System.currentTimeMillis() / 1000, List.of(Applications.S6A, Applications.CX));
    PeerTable table = new PeerTable(config.originHost());
    PeerRuntime runtime = PeerRuntime.create(vertx, identity, config.diameter(), table);
    int instances = config.diameter().instances() > 0 ? config.diameter().instances()
        : VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
    return vertx.deployVerticle(() -> new DiameterServerVerticle(runtime), new DeploymentOptions().setInstances(instances))
        .compose(id -> deploySctp(vertx, config, runtime))
        .compose(id -> vertx.deployVerticle(new PeerDialerVerticle(runtime)))
        .map(id -> {
          log.info("Reactive HSS {} ({}) serving Diameter on {}:{} with {} server verticles",
              config.originHost(), config.realm(), config.diameter().listenAddress(), config.diameter().port(),
              instances);
          return new RunningHss(vertx, table);
        });
  }

  /** SCTP per {@code diameter.sctp}: AUTO listens where the kernel has SCTP and says so otherwise. */
  private static Future<?> deploySctp(Vertx vertx, HssConfig config, PeerRuntime runtime) {
    DiameterOptions.SctpMode mode = config.diameter().sctp();
    if (mode == DiameterOptions.SctpMode.FALSE) {
      return Future.succeededFuture();
    }
    String unavailable = SctpSupport.unavailableReason();
    if (unavailable != null) {
      if (mode == DiameterOptions.SctpMode.TRUE) {
        return Future.failedFuture("diameter.sctp is true but SCTP is unavailable: " + unavailable);
      }
      log.info("SCTP not served: {}", unavailable);
      return Future.succeededFuture();
    }
    return vertx.deployVerticle(new SctpServerVerticle(runtime))
        .onSuccess(id -> log.info("serving Diameter over SCTP on port {}", config.diameter().sctpPort()));
  }

  /** A started HSS: what tests and the shutdown hook need. */
  public record RunningHss(Vertx vertx, PeerTable peers) {
    /** Orderly stop: DPR to every peer (RFC 6733 §5.4), then close Vert.x. */
    public Future<Void> stop() {
      return peers.disconnectAll().transform(v -> vertx.close());
    }
  }
}
