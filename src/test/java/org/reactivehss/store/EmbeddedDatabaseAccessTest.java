package org.reactivehss.store;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.reactivehss.store.EmbeddedCredentials.HSS_ROLE;
import static org.reactivehss.store.EmbeddedCredentials.SUPERUSER;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.pgclient.PgException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded database admits no local account without a password, listens on loopback and a
 * private socket only, and the HSS's own role can neither run programs nor create extensions
 * (docs/storage.md).
 */
@Timeout(value = 180, unit = SECONDS)
class EmbeddedDatabaseAccessTest {
  @TempDir static Path dataDir;
  private static Vertx vertx;
  private static Storage storage;
  private static int port;

  @BeforeAll
  static void startTheDefaultEmbeddedStorage() throws Exception {
    vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    storage =
        Storage.start(vertx, StoreOptions.defaults().withEmbedded(dataDir.toString(), 0))
            .await(120, SECONDS);
    port = EmbeddedAccess.port(dataDir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (storage != null) {
      storage.close().await(60, SECONDS);
    }
    vertx.close().await(10, SECONDS);
  }

  @ParameterizedTest
  @ValueSource(strings = {SUPERUSER, HSS_ROLE})
  void tcpConnectionWithoutOrWithAWrongPassword_isRefused(String role) throws Exception {
    assertThatThrownBy(() -> EmbeddedAccess.tcp("127.0.0.1", port, role, null).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(
            () -> EmbeddedAccess.tcp("127.0.0.1", port, role, "not-the-password").close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
    try (Connection withPassword =
        EmbeddedAccess.tcp("127.0.0.1", port, role, EmbeddedAccess.password(dataDir, role))) {
      assertThat(withPassword.isValid(5)).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SUPERUSER, HSS_ROLE})
  void unixSocketConnectionWithoutOrWithAWrongPassword_isRefused(String role) throws Exception {
    Path pgdata = dataDir.resolve("postgres");
    Throwable withoutPassword =
        catchThrowable(() -> EmbeddedAccess.unixSocket(vertx, pgdata, port, role, null).close());
    assertThat(withoutPassword).isNotNull();
    Throwable wrongPassword =
        catchThrowable(
            () -> EmbeddedAccess.unixSocket(vertx, pgdata, port, role, "not-the-password").close());
    assertThat(wrongPassword).isInstanceOf(PgException.class);
    assertThat(((PgException) wrongPassword).getSqlState()).isEqualTo("28P01");
    PgConnection withPassword =
        EmbeddedAccess.unixSocket(
            vertx, pgdata, port, role, EmbeddedAccess.password(dataDir, role));
    withPassword.close().await(5, SECONDS);
  }

  @Test
  void theSocketIsInTheDataDirectory_ownerOnly_andNoneIsInTmp() throws Exception {
    Path socket = dataDir.resolve("postgres").resolve(".s.PGSQL." + port);

    assertThat(EmbeddedAccess.pidFile(dataDir).get(4).trim())
        .isEqualTo(dataDir.resolve("postgres").toString());
    assertThat(socket).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
        .isEqualTo("rwx------");
    assertThat(Path.of("/tmp", ".s.PGSQL." + port)).doesNotExist();
  }

  @Test
  void theServerListensOnLoopbackOnly() throws Exception {
    assertThat(EmbeddedAccess.pidFile(dataDir).get(5).trim()).isEqualTo("127.0.0.1");
    Optional<InetAddress> external =
        NetworkInterface.networkInterfaces()
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
            .findFirst();
    if (external.isPresent()) {
      assertThatThrownBy(
              () ->
                  EmbeddedAccess.tcp(
                          external.get().getHostAddress(),
                          port,
                          HSS_ROLE,
                          EmbeddedAccess.password(dataDir, HSS_ROLE))
                      .close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Connection");
    }
  }

  @Test
  void theHssRole_isNoSuperuser_runsNoProgram_createsNoExtensionOrSchema() throws Exception {
    try (Connection hss =
            EmbeddedAccess.tcp(
                "127.0.0.1", port, HSS_ROLE, EmbeddedAccess.password(dataDir, HSS_ROLE));
        Statement sql = hss.createStatement()) {
      assertThat(
              single(
                  sql,
                  "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
          .isEqualTo("f");
      for (String role :
          List.of("pg_execute_server_program", "pg_read_server_files", "pg_write_server_files")) {
        assertThat(single(sql, "SELECT pg_has_role('" + role + "', 'MEMBER')"))
            .as(role)
            .isEqualTo("f");
      }
      assertThat(
              single(sql, "SELECT count(*) FROM pg_available_extensions WHERE name = 'pgcrypto'"))
          .isEqualTo("1");
      assertThat(sqlState(sql, "COPY (SELECT 1) TO PROGRAM 'true'")).isEqualTo("42501");
      assertThat(sqlState(sql, "CREATE EXTENSION pgcrypto")).isEqualTo("42501");
      assertThat(sqlState(sql, "CREATE SCHEMA elsewhere")).isEqualTo("42501");
      assertThat(sqlState(sql, "CREATE TABLE public.elsewhere (x int)")).isEqualTo("42501");
      assertThat(
              single(
                  sql,
                  "SELECT string_agg(DISTINCT n.nspname || ':' || pg_get_userbyid(c.relowner), ',') "
                      + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'subscribers'"))
          .isEqualTo("hss:hss");
    }
  }

  @Test
  void theDataDirectoryIsOwnerOnly_andThePasswordFileTooWithNoTemporaryLeft() throws Exception {
    assertThat(mode(dataDir)).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve("postgres"))).isEqualTo("rwx------");
    assertThat(mode(dataDir.resolve(EmbeddedCredentials.FILE_NAME))).isEqualTo("rw-------");
    try (var files = Files.list(dataDir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.contains(".tmp-"));
    }
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static String single(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static String sqlState(Statement sql, String statement) {
    try {
      sql.execute(statement);
      return "succeeded";
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }
}
