package org.reactivehss.store;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Ways into a running embedded database, as another local program would try them. */
final class EmbeddedAccess {
  private EmbeddedAccess() {}

  /**
   * The lines of postmaster.pid: [3] is the port, [4] the socket directory, [5] the listen address.
   */
  static List<String> pidFile(Path dataDir) throws IOException {
    return Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
  }

  static int port(Path dataDir) throws IOException {
    return Integer.parseInt(pidFile(dataDir).get(3).trim());
  }

  static String password(Path dataDir, String role) throws IOException {
    EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir);
    return role.equals(EmbeddedCredentials.SUPERUSER)
        ? credentials.superuserPassword()
        : credentials.hssPassword();
  }

  /** JDBC over TCP; a null password sends none. */
  static Connection tcp(String host, int port, String user, String password) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/postgres", props);
  }

  /** A connection over the Unix socket in {@code socketDir} (Vert.x with its native transport). */
  static PgConnection unixSocket(
      Vertx nativeVertx, Path socketDir, int port, String user, String password) throws Exception {
    PgConnectOptions options =
        new PgConnectOptions()
            .setHost(socketDir.toString())
            .setPort(port)
            .setDatabase("postgres")
            .setUser(user);
    if (password != null) {
      options.setPassword(password);
    }
    return PgConnection.connect(nativeVertx, options).await(10, TimeUnit.SECONDS);
  }
}
