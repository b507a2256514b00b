package org.reactivehss;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivehss.api.ApiVerticle;
import org.reactivehss.api.AuthHistoryEndpoint;
import org.reactivehss.api.EirEndpoints;
import org.reactivehss.api.EventLoopProbe;
import org.reactivehss.api.HealthEndpoints;
import org.reactivehss.api.ImsDeregistration;
import org.reactivehss.api.KeyResealEndpoint;
import org.reactivehss.api.MetricsEndpoint;
import org.reactivehss.api.PeersEndpoint;
import org.reactivehss.api.ResetEndpoint;
import org.reactivehss.api.ShEndpoints;
import org.reactivehss.api.StatsEndpoint;
import org.reactivehss.api.SwxDeregistration;
import org.reactivehss.app.cx.CxPushVerticle;
import org.reactivehss.app.cx.CxRuntime;
import org.reactivehss.app.cx.CxVerticle;
import org.reactivehss.app.s13.S13Verticle;
import org.reactivehss.app.s6a.S6aNotifier;
import org.reactivehss.app.s6a.S6aOptions;
import org.reactivehss.app.s6a.S6aVerticle;
import org.reactivehss.app.sh.ShPushVerticle;
import org.reactivehss.app.sh.ShRuntime;
import org.reactivehss.app.sh.ShVerticle;
import org.reactivehss.app.slh.SlhVerticle;
import org.reactivehss.app.swx.SwxPushVerticle;
import org.reactivehss.app.swx.SwxRuntime;
import org.reactivehss.app.swx.SwxVerticle;
import org.reactivehss.auth.AuthEvents;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.peer.DiameterApplication;
import org.reactivehss.diameter.peer.DiameterBus;
import org.reactivehss.diameter.peer.HssRequestPolicy;
import org.reactivehss.diameter.peer.HssRequests;
import org.reactivehss.diameter.peer.LocalIdentity;
import org.reactivehss.diameter.peer.PeerRuntime;
import org.reactivehss.diameter.peer.PeerTable;
import org.reactivehss.diameter.peer.RemotePeers;
import org.reactivehss.diameter.transport.DiameterOptions;
import org.reactivehss.diameter.transport.DiameterServerVerticle;
import org.reactivehss.diameter.transport.PeerDialerVerticle;
import org.reactivehss.diameter.transport.PeerOptions;
import org.reactivehss.diameter.transport.SctpServerVerticle;
import org.reactivehss.diameter.transport.SctpSupport;
import org.reactivehss.metrics.ConsoleStats;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.MicrometerHssMetrics;
import org.reactivehss.net.FileDescriptorBudget;
import org.reactivehss.replica.ReplicaRelay;
import org.reactivehss.store.AuditLog;
import org.reactivehss.store.AuthEventLog;
import org.reactivehss.store.EirRules;
import org.reactivehss.store.EirStore;
import org.reactivehss.store.EventBusSubscriberAuthStore;
import org.reactivehss.store.LcsRouting;
import org.reactivehss.store.Partitions;
import org.reactivehss.store.S6aStore;
import org.reactivehss.store.ShRepository;
import org.reactivehss.store.ShStore;
import org.reactivehss.store.ShSubscriptions;
import org.reactivehss.store.Storage;
import org.reactivehss.store.StorageVerticle;
import org.reactivehss.store.SwxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the HSS in the order its parts depend on each other: storage (embedded PostgreSQL,
 * migrations), the storage and auth verticles, the Diameter listeners, then the HTTP API with
 * health and metrics. Each verticle kind gets one instance per event loop.
 */
final class HssStartup {
  private static final Logger log = LoggerFactory.getLogger(HssStartup.class);

  /**
   * One event loop per core (Netty's default is two): nothing on them blocks, and with fewer loops
   * each storage verticle's batches grow, so PostgreSQL commits fewer transactions per AIR
   * (benchmarks/RESULTS.md, "S6a AIR, 2026-11-28, commit accd527").
   */
  static final int EVENT_LOOPS = Runtime.getRuntime().availableProcessors();

  private HssStartup() {}

  /** {@code registry} is null when metrics are disabled. */
  static Future<RunningHss> start(Vertx vertx, HssConfig config, PrometheusMeterRegistry registry) {
    int perLoop = instances(config);
    String shortfall =
        FileDescriptorBudget.shortfall(
            FileDescriptorBudget.processLimit(), descriptorBudgets(config, perLoop));
    if (shortfall != null) {
      return Future.failedFuture(shortfall);
    }
    HssMetrics metrics = registry == null ? HssMetrics.NONE : new MicrometerHssMetrics(registry);
    AtomicBoolean diameterUp = new AtomicBoolean();
    EventLoopProbe loops = new EventLoopProbe();
    PeerTable table = new PeerTable(config.originHost());
    return Partitions.start(vertx, config.db(), metrics)
        .compose(
            partitions -> {
              // tables not keyed by subscriber (audit, replica directory, EIR) live in the first
              Storage storage = partitions.first();
              AuthEventLog history = AuthEventLog.over(partitions, config.authHistory());
              RemotePeers remote = relay(config, table, storage, metrics);
              HssRequests hssRequests =
                  new HssRequests(vertx, table, metrics, HssRequestPolicy.DEFAULTS, remote);
              return vertx
                  .deployVerticle(
                      () ->
                          new StorageVerticle(
                              partitions, metrics, connectionsPerLoop(config, perLoop)),
                      new DeploymentOptions().setInstances(perLoop))
                  .compose(
                      id ->
                          vertx.deployVerticle(
                              () ->
                                  new AuthVerticle(
                                      authStore(vertx, config, metrics),
                                      AuthEvents.countedBy(metrics),
                                      history),
                              new DeploymentOptions().setInstances(perLoop)))
                  // before the listeners: the relay hears of every peer that connects
                  .compose(
                      id ->
                          remote instanceof ReplicaRelay verticle
                              ? vertx.deployVerticle(verticle)
                              : Future.succeededFuture())
                  .compose(id -> startS6a(vertx, config, partitions, hssRequests, metrics))
                  .compose(id -> startCx(vertx, config, partitions, hssRequests, metrics))
                  .compose(id -> startSwx(vertx, config, storage, hssRequests, metrics))
                  .compose(id -> startSlh(vertx, config, storage, metrics))
                  .compose(id -> startS13(vertx, config, storage))
                  .compose(id -> startSh(vertx, config, storage, hssRequests, metrics))
                  .compose(id -> startDiameter(vertx, config, metrics, table))
                  .onSuccess(peers -> diameterUp.set(true))
                  .compose(
                      peers ->
                          loops.deploy(vertx, VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE).map(peers))
                  .compose(
                      peers -> {
                        HealthEndpoints health =
                            new HealthEndpoints(
                                loops, storage::ping, diameterUp::get, partitions::keysVerified);
                        if (!partitions.single()) {
                          health.withPartitions(partitions.all().size(), partitions::unreachable);
                        }
                        ImsDeregistration deregistration =
                            new ImsDeregistration(partitions.imsStore());
                        SwxDeregistration swxDeregistration =
                            new SwxDeregistration(new SwxStore(storage));
                        ShEndpoints sh =
                            new ShEndpoints(
                                new ShStore(storage),
                                new ShRepository(storage),
                                config.sh().repositoryDataMaxBytes());
                        EirEndpoints eir =
                            new EirEndpoints(new EirRules(storage), new EirStore(storage));
                        KeyResealEndpoint reseal = new KeyResealEndpoint(partitions::resealKeys);
                        // every RSR ends within its attempts and the pauses between them
                        HssRequestPolicy policy = HssRequestPolicy.DEFAULTS;
                        ResetEndpoint reset =
                            new ResetEndpoint(
                                policy.attempts()
                                        * (config.diameter().requestTimeoutMs() + policy.pauseMs())
                                    + 5_000);
                        ApiVerticle api =
                            new ApiVerticle(
                                config.http(),
                                partitions.subscribers(),
                                metrics,
                                router -> openRoutes(router, health, vertx, registry),
                                router -> {
                                  deregistration.mount(router);
                                  swxDeregistration.mount(router);
                                  reseal.mount(router);
                                  reset.mount(router);
                                  new AuthHistoryEndpoint(history).mount(router);
                                  eir.mount(router);
                                  sh.mount(router);
                                  new StatsEndpoint(
                                          vertx,
                                          registry == null ? null : new ConsoleStats(registry))
                                      .mount(router);
                                  new PeersEndpoint(() -> peerList(table)).mount(router);
                                });
                        api.withAudit(AuditLog.over(partitions, config.http().audit()));
                        return vertx
                            .deployVerticle(api)
                            .map(
                                id ->
                                    new RunningHss(
                                        vertx, peers, storage, api.actualPort(), partitions));
                      })
                  .recover(
                      failure -> partitions.close().transform(v -> Future.failedFuture(failure)));
            });
  }

  /**
   * The relay of HSS-initiated requests to the replica holding the peer (docs/scale-out.md), or
   * none when {@code replica.relay} is off.
   */
  private static RemotePeers relay(
      HssConfig config, PeerTable table, Storage storage, HssMetrics metrics) {
    if (!config.replica().relay()) {
      return RemotePeers.NONE;
    }
    return new ReplicaRelay(
        config.replica(), table, storage, config.diameter().requestTimeoutMs(), metrics);
  }

  /** The peers page's list (GET /api/v1/peers), each connection read on its own loop. */
  private static Future<JsonArray> peerList(PeerTable table) {
    return table
        .snapshot()
        .map(
            peers -> {
              JsonArray list = new JsonArray();
              peers.forEach(p -> list.add(p.toJson()));
              return list;
            });
  }

  /** Health always; /metrics only when metrics are enabled. Both answer without the API token. */
  private static void openRoutes(
      Router router, HealthEndpoints health, Vertx vertx, PrometheusMeterRegistry registry) {
    health.mount(router);
    if (registry != null) {
      new MetricsEndpoint(vertx, registry).mount(router);
    }
  }

  /**
   * The auth verticles reach storage over the event bus (a plain call on the same loop), within
   * each request's deadline; calls without one wait a little longer than the statement timeout, so
   * that the database's own timeout is the one that fires.
   */
  private static EventBusSubscriberAuthStore authStore(
      Vertx vertx, HssConfig config, HssMetrics metrics) {
    return new EventBusSubscriberAuthStore(vertx, config.db().statementTimeoutMs() + 500, metrics);
  }

  /**
   * The S6a handlers (one per event loop) and the single notifier for HSS-initiated requests,
   * deployed before the listeners so that no MME request meets a missing handler.
   */
  private static Future<?> startS6a(
      Vertx vertx,
      HssConfig config,
      Partitions partitions,
      HssRequests hssRequests,
      HssMetrics metrics) {
    S6aStore store = partitions.s6aStore();
    // the EIR's tables are not keyed by subscriber: the first partition's
    Storage storage = partitions.first();
    S6aOptions options = config.s6a();
    return vertx
        .deployVerticle(
            () ->
                new S6aVerticle(
                    store,
                    new EirStore(storage),
                    hssRequests,
                    config.originHost(),
                    config.realm(),
                    options,
                    metrics),
            new DeploymentOptions().setInstances(instances(config)))
        .compose(
            id ->
                vertx.deployVerticle(
                    new S6aNotifier(store, hssRequests, config.originHost(), config.realm())));
  }

  /**
   * Cx handlers on every event loop, before the listeners; one push verticle (one RTR/PPR per
   * change).
   */
  private static Future<?> startCx(
      Vertx vertx,
      HssConfig config,
      Partitions partitions,
      HssRequests hssRequests,
      HssMetrics metrics) {
    CxRuntime cx =
        new CxRuntime(
            config.originHost(), config.realm(), config.cx(), partitions.imsStore(), metrics);
    return vertx
        .deployVerticle(
            () -> new CxVerticle(cx), new DeploymentOptions().setInstances(instances(config)))
        .compose(id -> vertx.deployVerticle(new CxPushVerticle(cx, hssRequests)));
  }

  /**
   * SWx handlers on every event loop, before the listeners; one push verticle (one RTR/PPR per
   * change).
   */
  private static Future<?> startSwx(
      Vertx vertx, HssConfig config, Storage storage, HssRequests hssRequests, HssMetrics metrics) {
    SwxRuntime swx =
        new SwxRuntime(config.originHost(), config.realm(), new SwxStore(storage), metrics);
    return vertx
        .deployVerticle(
            () -> new SwxVerticle(swx), new DeploymentOptions().setInstances(instances(config)))
        .compose(id -> vertx.deployVerticle(new SwxPushVerticle(swx, hssRequests)));
  }

  /** SLh handlers on every event loop, before the listeners (read-only: nothing is pushed). */
  private static Future<?> startSlh(
      Vertx vertx, HssConfig config, Storage storage, HssMetrics metrics) {
    LcsRouting store = new LcsRouting(storage);
    return vertx.deployVerticle(
        () -> new SlhVerticle(store, config.originHost(), config.realm(), config.slh(), metrics),
        new DeploymentOptions().setInstances(instances(config)));
  }

  /** The EIR's ME-Identity-Check handler on every event loop, before the listeners. */
  private static Future<?> startS13(Vertx vertx, HssConfig config, Storage storage) {
    EirStore store = new EirStore(storage);
    return vertx.deployVerticle(
        () -> new S13Verticle(store, config.originHost(), config.realm(), config.s13()),
        new DeploymentOptions().setInstances(instances(config)));
  }

  /**
   * Sh handlers on every event loop, before the listeners; one push verticle (one PNR per change
   * and subscribed AS).
   */
  private static Future<?> startSh(
      Vertx vertx, HssConfig config, Storage storage, HssRequests hssRequests, HssMetrics metrics) {
    ShRuntime sh =
        new ShRuntime(
            config.originHost(),
            config.realm(),
            config.sh(),
            config.cx().ifcTemplate(),
            new ShStore(storage),
            new ShRepository(storage),
            new ShSubscriptions(storage),
            metrics,
            hssRequests);
    return vertx
        .deployVerticle(
            () -> new ShVerticle(sh), new DeploymentOptions().setInstances(instances(config)))
        .compose(id -> vertx.deployVerticle(new ShPushVerticle(sh, hssRequests)));
  }

  /** Only the Diameter layer (peer state machines, listeners, dialer): what peer tests need. */
  static Future<PeerTable> startDiameter(Vertx vertx, HssConfig config, HssMetrics metrics) {
    return startDiameter(vertx, config, metrics, new PeerTable(config.originHost()));
  }

  private static Future<PeerTable> startDiameter(
      Vertx vertx, HssConfig config, HssMetrics metrics, PeerTable table) {
    DiameterBus.registerCodecs(vertx);
    LocalIdentity identity =
        new LocalIdentity(
            config.originHost(),
            config.realm(),
            config.productName(),
            System.currentTimeMillis() / 1000,
            DiameterApplication.servedIds());
    PeerRuntime runtime = PeerRuntime.create(vertx, identity, config.diameter(), table, metrics);
    int instances = instances(config);
    return vertx
        .deployVerticle(
            () -> new DiameterServerVerticle(runtime, false),
            new DeploymentOptions().setInstances(instances))
        .compose(
            id ->
                config.diameter().tls().enabled()
                    ? vertx
                        .deployVerticle(
                            () -> new DiameterServerVerticle(runtime, true),
                            new DeploymentOptions().setInstances(instances))
                        .onSuccess(
                            x ->
                                log.info(
                                    "serving Diameter over TLS on port {}",
                                    config.diameter().tls().port()))
                    : Future.succeededFuture())
        .compose(id -> deploySctp(vertx, config, runtime))
        .compose(id -> vertx.deployVerticle(new PeerDialerVerticle(runtime)))
        .map(
            id -> {
              log.info(
                  "Reactive HSS {} ({}) serving Diameter on {}:{} with {} server verticles",
                  config.originHost(),
                  config.realm(),
                  config.diameter().listenAddress(),
                  config.diameter().port(),
                  instances);
              return table;
            });
  }

  /**
   * The shared pool, the storage verticles' own pools, the relay's connection, and the peers the
   * dialer keeps connected.
   */
  static FileDescriptorBudget.Budgets descriptorBudgets(HssConfig config, int loops) {
    // the relay's LISTEN connection is one more; every partition has pools of its own
    int databases = Math.max(1, config.db().partitions().size());
    int database =
        (config.db().poolSize() + connectionsPerLoop(config, loops) * loops) * databases
            + (config.replica().relay() ? 1 : 0);
    int dialed = (int) config.diameter().peers().stream().filter(PeerOptions::connect).count();
    return new FileDescriptorBudget.Budgets(
        config.http().limits().maxConnections(),
        config.diameter().maxConnections(),
        dialed,
        database);
  }

  /** db.pool-size divided among the storage verticles' own pools, at least one connection each. */
  private static int connectionsPerLoop(HssConfig config, int loops) {
    return Math.max(1, config.db().poolSize() / loops);
  }

  private static int instances(HssConfig config) {
    return config.diameter().instances() > 0 ? config.diameter().instances() : EVENT_LOOPS;
  }

  /**
   * SCTP per {@code diameter.sctp}: AUTO listens where the kernel has SCTP and says so otherwise.
   */
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
    return vertx
        .deployVerticle(new SctpServerVerticle(runtime))
        .onSuccess(
            id -> log.info("serving Diameter over SCTP on port {}", config.diameter().sctpPort()));
  }
}
