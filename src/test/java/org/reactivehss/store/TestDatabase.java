package org.reactivehss.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL per test JVM (startup takes seconds), in a temporary data directory on a
 * free port. Each test class takes a fresh empty database from it. JDBC here is test-side only.
 */
public final class TestDatabase {
  /** 32 bytes in hex: the key-encryption key of every test database. */
  public static final String TEST_KEY =
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

  /**
   * A second key-encryption key, the one rotations and reseals move to: TEST_KEY's bytes reversed,
   * as base64.
   */
  public static final String NEW_KEY = "Hx4dHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=";

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** Class initialisation is the JVM's own once-only lock: the server starts on first use. */
  private static final class Holder {
    private static final TestDatabase INSTANCE = startInstance();
  }

  private final Path dataDir;
  private EmbeddedPostgres postgres;
  private int port;

  private TestDatabase(Path dataDir) throws IOException {
    this.dataDir = dataDir;
    this.postgres =
        EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    this.port = postgres.getPort();
  }

  public static TestDatabase get() {
    return Holder.INSTANCE;
  }

  private static TestDatabase startInstance() {
    try {
      TestDatabase db = new TestDatabase(Files.createTempDirectory("hss-test-pg"));
      Runtime.getRuntime().addShutdownHook(new Thread(db::stopQuietly));
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  /** The server's data directory (its postmaster.pid, its epg-lock). */
  public Path dataDir() {
    return dataDir;
  }

  /** A new empty database; options point at it as an external database with {@link #TEST_KEY}. */
  public StoreOptions newDatabase() {
    String name = "hss_test_" + DATABASES.incrementAndGet();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return optionsFor(name);
  }

  public StoreOptions optionsFor(String database) {
    return StoreOptions.defaults()
        .external("localhost", port, database, "postgres", null)
        .withKey(TEST_KEY, 1, Map.of());
  }

  /**
   * A superuser JDBC connection to {@code database} (to look at or arrange rows); caller closes.
   */
  public Connection connect(String database) throws SQLException {
    return postgres.getDatabase("postgres", database).getConnection();
  }

  /** Stops the server (fast shutdown: connections are cut), keeping its data. Blocking. */
  public void stop() throws IOException {
    postgres.close();
  }

  /** Starts the server again on the same port and data. Blocking. */
  public void start() throws IOException {
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
  }

  /**
   * At JVM exit: stops the server and removes its data directory (about 500 MB each; left behind,
   * every test run used to leave one in /tmp until the disk filled).
   */
  private void stopQuietly() {
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is exiting; still try to remove the directory
    }
    // the server's last processes may still write while they exit: a few passes, 100 ms apart
    for (int pass = 0; pass < 20 && Files.exists(dataDir); pass++) {
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException | UncheckedIOException raced) {
        // a file vanished or appeared under the walk: the next pass sees the directory as it is
      }
      if (Files.exists(dataDir)) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
