package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.ClientSSLOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reactivehss.metrics.HssMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage entry point: starts the embedded PostgreSQL when configured (on a worker thread),
 * opens the pool, runs the migrations, and hands out the stores. {@link #close()} undoes all of it.
 */
public final class Storage {
  private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

  private final Vertx vertx;
  private final StoreOptions options;
  private final Pool pool;
  private final KeyCipher cipher;
  private final EmbeddedDatabase embedded;
  private final HssMetrics metrics;

  /** Replaced after each re-sealing; read by the readiness probe from any context. */
  private volatile KeyAudit.Report keyReport;

  private Storage(
      Vertx vertx,
      StoreOptions options,
      Pool pool,
      KeyCipher cipher,
      EmbeddedDatabase embedded,
      KeyAudit.Report keyReport,
      HssMetrics metrics) {
    this.vertx = vertx;
    this.options = options;
    this.pool = pool;
    this.cipher = cipher;
    this.embedded = embedded;
    this.keyReport = keyReport;
    this.metrics = metrics;
  }

  /**
   * Starts storage: keys (a worker reads or creates the embedded mode's key file), database,
   * migrations, then the key check ({@link KeyAudit}); fails with a message fit for an operator
   * (never with key material). A failed key check does not fail the start: {@link #keysVerified()}
   * reports it.
   */
  public static Future<Storage> start(Vertx vertx, StoreOptions options) {
    return start(vertx, options, HssMetrics.NONE);
  }

  /**
   * As {@link #start(Vertx, StoreOptions)}, counting what storage measures into {@code metrics}.
   */
  public static Future<Storage> start(Vertx vertx, StoreOptions options, HssMetrics metrics) {
    return vertx
        .executeBlocking(() -> KeyCiphers.from(options))
        .compose(
            keys -> {
              Future<EmbeddedDatabase> database =
                  options.embedded()
                      ? vertx.executeBlocking(
                          () ->
                              EmbeddedDatabase.start(
                                  options.dataDir(),
                                  options.embeddedPort(),
                                  options.embeddedSharedBuffersMb()))
                      : Future.succeededFuture(null);
              return database.compose(
                  db -> {
                    Pool pool =
                        PgBuilder.pool()
                            // no pool wait timeout: every call is bounded by its own Future timeout
                            // instead (the pool's
                            // wait-timeout path can leave a request never completed in
                            // vertx-sql-client 5.0.7)
                            .with(new PoolOptions().setMaxSize(options.poolSize()))
                            .connectingTo(connectOptions(options, db))
                            .using(vertx)
                            .build();
                    return vertx
                        .executeBlocking(Migration::loadAll)
                        .compose(migrations -> MigrationRunner.migrate(pool, migrations))
                        .compose(
                            applied ->
                                KeyAudit.atStart(pool, keys)
                                    .map(
                                        report -> {
                                          LOG.info(
                                              "Storage ready ({}), migrations applied now: {}",
                                              options,
                                              applied);
                                          return new Storage(
                                              vertx,
                                              options,
                                              pool,
                                              keys.withVerified(report.verifiedIds()),
                                              db,
                                              report,
                                              metrics);
                                        }))
                        .recover(
                            failure ->
                                close(vertx, pool, db)
                                    .transform(closed -> Future.failedFuture(failure)));
                  });
            });
  }

  static PgConnectOptions connectOptions(StoreOptions options, EmbeddedDatabase db) {
    PgConnectOptions connect;
    if (db != null) {
      // the HSS's own unprivileged role, by password, over loopback (docs/storage.md)
      connect =
          new PgConnectOptions()
              .setHost("127.0.0.1")
              .setPort(db.port())
              .setDatabase("postgres")
              .setUser(EmbeddedCredentials.HSS_ROLE)
              .setPassword(db.hssPassword());
    } else if (options.url() != null && !options.url().isBlank()) {
      // accept the JDBC spelling too (jdbc:postgresql://...), since operators often have that at
      // hand
      connect = PgConnectOptions.fromUri(options.url().replaceFirst("^jdbc:", ""));
    } else {
      connect =
          new PgConnectOptions()
              .setHost(options.host())
              .setPort(options.port())
              .setDatabase(options.database())
              .setUser(options.user());
      if (options.password() != null) {
        connect.setPassword(options.password());
      }
      if (options.ssl()) {
        connect.setSslMode(SslMode.REQUIRE);
      }
    }
    if (connect.getSslMode() == SslMode.REQUIRE) {
      // libpq's sslmode=require: encrypted, server certificate not verified
      connect.setSslOptions(new ClientSSLOptions().setTrustAll(true));
    }
    return connect
        .setCachePreparedStatements(true)
        .setReconnectAttempts(0)
        .addProperty("statement_timeout", Long.toString(options.statementTimeoutMs()))
        .addProperty("application_name", "reactive-hss");
  }

  /** Applies the migrations again (used by tests to show they are idempotent). */
  Future<List<Integer>> migrate(List<Migration> migrations) {
    return MigrationRunner.migrate(pool, migrations);
  }

  /** Health probe: one round trip within the statement timeout, failing with an HssFailure. */
  public Future<Void> ping() {
    return pool.query("SELECT 1")
        .execute()
        .timeout(options.statementTimeoutMs(), TimeUnit.MILLISECONDS)
        .<Void>mapEmpty()
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  /**
   * Key rotation: re-seals every stored K/OP/OPc under the current key id (values under retired ids
   * are opened with the retired keys), then checks the keys again so readiness reflects the result.
   */
  public Future<ResealResult> resealKeys() {
    return KeyResealer.resealAll(pool, cipher)
        .compose(
            outcome ->
                KeyAudit.run(pool, cipher)
                    .map(
                        report -> {
                          keyReport = report;
                          return new ResealResult(
                              outcome.resealed(),
                              outcome.unopenable(),
                              cipher.currentKeyId(),
                              report.problems());
                        }))
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }

  /**
   * Readiness: succeeds when every configured key opened its check value and sampled rows, and no
   * rows are under a key id that is not configured; otherwise fails with the problems, each naming
   * its key id.
   */
  public Future<Void> keysVerified() {
    KeyAudit.Report report = keyReport;
    return report.healthy()
        ? Future.succeededFuture()
        : Future.failedFuture(new IllegalStateException(String.join("; ", report.problems())));
  }

  /** The store on the pool itself, one round trip per call; safe from any context. */
  public SubscriberAuthStore directStore() {
    return new PgSubscriberAuthStore(pool, cipher, options.statementTimeoutMs());
  }

  public StoreOptions options() {
    return options;
  }

  /** Where storage counts what it measures (queue refusals); {@code NONE} in most tests. */
  HssMetrics metrics() {
    return metrics;
  }

  public Pool pool() {
    return pool;
  }

  /**
   * A pool of {@code size} connections for the calling verticle alone. Built on the caller's event
   * loop (the client's event-loop size 0 means "the current one"), its connections do their I/O on
   * that loop, so a statement sent from there and its result never cross threads. The caller closes
   * it.
   */
  Pool poolOnThisLoop(int size) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(size))
        .connectingTo(connectOptions(options, embedded))
        .using(vertx)
        .build();
  }

  /**
   * A LISTEN connection of its own (not from the pool: it stays open for notices), reconnecting
   * every {@code reconnectMs} for as long as the database is away; the caller connects and closes
   * it.
   */
  public PgSubscriber subscriber(long reconnectMs) {
    return PgSubscriber.subscriber(vertx, connectOptions(options, embedded))
        .reconnectPolicy(retries -> reconnectMs);
  }

  KeyCipher cipher() {
    return cipher;
  }

  Vertx vertx() {
    return vertx;
  }

  public Future<Void> close() {
    return close(vertx, pool, embedded);
  }

  private static Future<Void> close(Vertx vertx, Pool pool, EmbeddedDatabase embedded) {
    Future<Void> closed = pool.close();
    if (embedded == null) {
      return closed;
    }
    return closed.transform(
        ignored ->
            vertx.executeBlocking(
                () -> {
                  embedded.stop();
                  return null;
                }));
  }
}
