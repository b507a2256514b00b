package org.reactivehss.store;

import java.util.List;
import java.util.Map;

/**
 * Storage settings, with every default in {@link #defaults()}. The config layer maps conf/hss.yaml
 * and the environment onto this record (HSS_DB_URL, HSS_KEY_ENCRYPTION_KEY, ...).
 *
 * @param embedded start a PostgreSQL of our own (the default) instead of connecting to {@code host}
 * @param dataDir the embedded database's data directory (made 0700; its passwords are generated
 *     into postgres-passwords.properties there, 0600); it survives restarts
 * @param embeddedPort the embedded database's port; 0 picks a free one at every start
 * @param embeddedSharedBuffersMb the embedded database's shared buffers (its page cache), MB; the
 *     memory is taken only as pages are used, so a small database does not occupy it
 * @param url an external database as {@code postgresql://user:pass@host:port/db?sslmode=require};
 *     when set it overrides host, port, database, user, password and ssl (HSS_DB_URL)
 * @param host external database host
 * @param port external database port
 * @param database external database name
 * @param user external database user
 * @param password external database password
 * @param ssl require TLS to the external database
 * @param poolSize connections in the pool
 * @param statementTimeoutMs every storage call completes within this, or fails with TIMEOUT
 * @param keyEncryptionKey AES-256 key for K/OP/OPc at rest, 32 bytes as base64 or 64 hex digits
 *     (HSS_KEY_ENCRYPTION_KEY); null only allowed in embedded mode, which then generates one into
 *     {@code <dataDir>/key-encryption-key} (owner-only) at first start
 * @param keyId the id stored with every value sealed under {@code keyEncryptionKey} (1..255)
 * @param retiredKeys older keys by id, still accepted for reading while values are re-sealed; none
 *     may have {@code keyId}
 * @param batchReservations collect the reservations of one event-loop turn into one statement
 * @param partitions {@code db.partitions}: when not empty, subscribers live in these external
 *     databases by IMSI range and the embedded and single-database settings are not used
 *     (docs/scale-out.md); when empty, one database as above
 * @param batchIntervalUs the least time between two reservation batches of one event loop: under
 *     load requests gather for up to this long into one statement and one commit; when requests are
 *     further apart than this, none waits (0: a batch leaves at the end of every event-loop turn)
 * @param queueBudgetMs how long requests may wait in an event loop's queue in front of the
 *     database: once its oldest has waited longer, new requests of that queue are refused at once
 *     (TIMED_OUT: 3004 DIAMETER_TOO_BUSY, AIR 4181) instead of joining a wait that would outlast
 *     their deadline (0: never refuse)
 */
public record StoreOptions(
    boolean embedded,
    String dataDir,
    int embeddedPort,
    int embeddedSharedBuffersMb,
    String url,
    String host,
    int port,
    String database,
    String user,
    String password,
    boolean ssl,
    int poolSize,
    long statementTimeoutMs,
    String keyEncryptionKey,
    int keyId,
    Map<Integer, String> retiredKeys,
    boolean batchReservations,
    int batchIntervalUs,
    int queueBudgetMs,
    List<PartitionOptions> partitions) {

  public StoreOptions {
    partitions = partitions == null ? List.of() : List.copyOf(partitions);
  }

  public static StoreOptions defaults() {
    return new StoreOptions(
        true,
        "./data",
        0,
        1024,
        null,
        "localhost",
        5432,
        "hss",
        "hss",
        null,
        false,
        8,
        2000,
        null,
        1,
        Map.of(),
        true,
        1000,
        200,
        List.of());
  }

  /** The same options pointing at an external database (embedded off). */
  public StoreOptions external(
      String host, int port, String database, String user, String password) {
    return new StoreOptions(
        false,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        null,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  public StoreOptions withKey(
      String keyEncryptionKey, int keyId, Map<Integer, String> retiredKeys) {
    return new StoreOptions(
        embedded,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  /** The same options with the embedded database's shared buffers set to {@code mb}. */
  public StoreOptions withEmbeddedSharedBuffersMb(int mb) {
    return new StoreOptions(
        embedded,
        dataDir,
        embeddedPort,
        mb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  public StoreOptions withEmbedded(String dataDir, int embeddedPort) {
    return new StoreOptions(
        true,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        null,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  public StoreOptions withUrl(String url) {
    return new StoreOptions(
        false,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  public StoreOptions withPool(int poolSize, long statementTimeoutMs, boolean batchReservations) {
    return new StoreOptions(
        embedded,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  /** These options with another queue budget (0: never refuse; tests of concurrency, not load). */
  public StoreOptions withQueueBudgetMs(int queueBudgetMs) {
    return new StoreOptions(
        embedded,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  /**
   * The options of one partition's database: its connection, everything else (keys, pool, timeouts,
   * batching) as these options have it.
   */
  public StoreOptions forPartition(PartitionOptions p) {
    return new StoreOptions(
        false,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        p.url(),
        p.host(),
        p.port(),
        p.database(),
        p.user(),
        p.password(),
        p.ssl(),
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        List.of());
  }

  /** These options with {@code partitions} (tests; the configuration reads db.partitions). */
  public StoreOptions withPartitions(List<PartitionOptions> partitions) {
    return new StoreOptions(
        false,
        dataDir,
        embeddedPort,
        embeddedSharedBuffersMb,
        url,
        host,
        port,
        database,
        user,
        password,
        ssl,
        poolSize,
        statementTimeoutMs,
        keyEncryptionKey,
        keyId,
        retiredKeys,
        batchReservations,
        batchIntervalUs,
        queueBudgetMs,
        partitions);
  }

  /** Never shows the password, the URL (it may embed one) or any key. */
  @Override
  public String toString() {
    String where =
        embedded
            ? "embedded, dataDir=" + dataDir
            : url != null
                ? "external url"
                : "external " + host + ":" + port + "/" + database + " as " + user;
    return "StoreOptions["
        + where
        + ", ssl="
        + ssl
        + ", poolSize="
        + poolSize
        + ", statementTimeoutMs="
        + statementTimeoutMs
        + ", keyId="
        + keyId
        + ", batchReservations="
        + batchReservations
        + ", batchIntervalUs="
        + batchIntervalUs
        + ", queueBudgetMs="
        + queueBudgetMs
        + (partitions.isEmpty() ? "" : ", partitions=" + partitions)
        + "]";
  }
}
