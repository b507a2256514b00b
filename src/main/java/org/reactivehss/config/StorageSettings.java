package org.reactivehss.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactivehss.store.PartitionOptions;
import org.reactivehss.store.StoreOptions;

/**
 * Reads {@code db.*} and {@code security.*} onto {@link StoreOptions}, whose {@code defaults()}
 * hold every default. With {@code db.url} (HSS_DB_URL) set, or {@code db.embedded: false}, the HSS
 * uses an external PostgreSQL; otherwise it starts its own under {@code db.data-dir}. With {@code
 * db.partitions} ({@link PartitionSettings}) subscribers live in several external databases by IMSI
 * range instead.
 */
final class StorageSettings {
  private StorageSettings() {}

  static StoreOptions read(ConfigTree t) {
    StoreOptions d = StoreOptions.defaults();
    String url = t.string("db.url", "");
    boolean embedded = t.bool("db.embedded", d.embedded()) && url.isBlank();
    String password = t.string("db.password", "");
    String key = t.string("security.key-encryption-key", "");
    String host = t.nonEmpty("db.host", d.host());
    int port = t.integer("db.port", d.port(), 1, 65535);
    String database = t.nonEmpty("db.database", d.database());
    String user = t.nonEmpty("db.user", d.user());
    boolean ssl = t.bool("db.ssl", d.ssl());
    PartitionOptions base =
        new PartitionOptions(
            "",
            List.of(),
            null,
            host,
            port,
            database,
            user,
            password.isEmpty() ? null : password,
            ssl);
    List<PartitionOptions> partitions =
        PartitionSettings.check(
            t.objects("db.partitions", e -> PartitionSettings.read(e, t, base)));
    return new StoreOptions(
        embedded,
        t.nonEmpty("db.data-dir", d.dataDir()),
        t.integer("db.embedded-port", d.embeddedPort(), 0, 65535),
        t.integer("db.embedded-shared-buffers-mb", d.embeddedSharedBuffersMb(), 16, 1_048_576),
        url.isBlank() ? null : url.trim(),
        host,
        port,
        database,
        user,
        password.isEmpty() ? null : password,
        ssl,
        t.integer("db.pool-size", d.poolSize(), 1, 512),
        t.integer("db.statement-timeout-ms", (int) d.statementTimeoutMs(), 10, 600_000),
        key.isBlank() ? null : key.trim(),
        t.integer("security.key-id", d.keyId(), 1, 255),
        retiredKeys(t.strings("security.retired-keys", List.of())),
        t.bool("db.batch-reservations", d.batchReservations()),
        t.integer("db.batch-interval-us", d.batchIntervalUs(), 0, 100_000),
        t.integer("db.queue-budget-ms", d.queueBudgetMs(), 0, 600_000),
        partitions);
  }

  /** "id:key" entries, e.g. HSS_SECURITY_RETIRED_KEYS="1:base64...,2:hex...". */
  private static Map<Integer, String> retiredKeys(List<String> entries) {
    Map<Integer, String> out = new HashMap<>();
    for (String e : entries) {
      int colon = e.indexOf(':');
      int id;
      try {
        id = colon > 0 ? Integer.parseInt(e.substring(0, colon).trim()) : -1;
      } catch (NumberFormatException notANumber) {
        id = -1;
      }
      if (id < 1 || id > 255) {
        throw new ConfigException(
            "security.retired-keys", "entries must look like <key-id 1..255>:<key>");
      }
      out.put(id, e.substring(colon + 1).trim());
    }
    return Map.copyOf(out);
  }
}
