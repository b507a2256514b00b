package org.reactivehss.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by this process from the binaries in the jar, with its data in a
 * directory that survives restarts. Locked down (docs/storage.md, "Embedded database security"):
 * scram-sha-256 passwords for every connection, listening on 127.0.0.1 and a 0700 Unix socket
 * inside the 0700 data directory only, and the HSS connecting as role hss, which owns schema hss
 * and nothing more. Start and stop block: call them from a worker.
 */
final class EmbeddedDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /** Held while the server runs; LeftoverPostmaster only stops a server whose holder is gone. */
  static final String LOCK_FILE = "epg-lock";

  private final Postmaster postmaster;
  private final int port;
  private final EmbeddedCredentials credentials;
  private final FileChannel lockChannel;
  private final Thread stopAtExit;

  private EmbeddedDatabase(
      Postmaster postmaster, int port, EmbeddedCredentials credentials, FileChannel lockChannel) {
    this.postmaster = postmaster;
    this.port = port;
    this.credentials = credentials;
    this.lockChannel = lockChannel;
    this.stopAtExit = new Thread(this::stopQuietly, "embedded-postgres-stop");
  }

  static EmbeddedDatabase start(String dataDir, int port, int sharedBuffersMb) throws IOException {
    Path home = Path.of(dataDir).toAbsolutePath().normalize();
    Path pgdata = home.resolve("postgres");
    PrivateFiles.createDirectory(home);
    LeftoverPostmaster.stopIfAny(pgdata, Duration.ofSeconds(30));
    PostgresBinaries binaries = PostgresBinaries.unpackedUnder(home);
    boolean earlierVersion =
        EmbeddedProvisioning.initialised(pgdata)
            && !Files.exists(home.resolve(EmbeddedCredentials.FILE_NAME));
    if (!EmbeddedProvisioning.initialised(pgdata)) {
      EmbeddedProvisioning.initdb(binaries, pgdata);
    } else if (earlierVersion) {
      // an earlier version's directory (trust authentication), or one whose password file was
      // deleted
      LOG.warn(
          "{} has no {}: new passwords are set, trust authentication (if any) is replaced by passwords, "
              + "and tables an earlier version left in schema public move to schema {} owned by role {}",
          pgdata,
          EmbeddedCredentials.FILE_NAME,
          EmbeddedCredentials.HSS_ROLE,
          EmbeddedCredentials.HSS_ROLE);
    }
    PrivateFiles.createDirectory(pgdata);
    FileChannel lockChannel = lock(pgdata);
    try {
      EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(home);
      EmbeddedProvisioning.provision(binaries, pgdata, credentials);
      int chosenPort = port > 0 ? port : freeLoopbackPort();
      Path socket = Postmaster.socketFile(pgdata, chosenPort);
      if (socket == null) {
        LOG.warn(
            "No Unix socket for the embedded PostgreSQL: a socket in {} would be longer than the {} bytes "
                + "Unix allows; it listens on 127.0.0.1 only",
            pgdata,
            Postmaster.MAX_SOCKET_PATH_BYTES);
      }
      Postmaster postmaster =
          Postmaster.start(
              binaries,
              pgdata,
              chosenPort,
              socket != null,
              sharedBuffersMb,
              Duration.ofSeconds(60));
      EmbeddedDatabase db = new EmbeddedDatabase(postmaster, chosenPort, credentials, lockChannel);
      Runtime.getRuntime().addShutdownHook(db.stopAtExit);
      LOG.info(
          "Embedded PostgreSQL listening on 127.0.0.1:{}{} with data in {}; passwords in {}",
          chosenPort,
          socket != null ? " and " + socket : "",
          pgdata,
          home.resolve(EmbeddedCredentials.FILE_NAME));
      return db;
    } catch (IOException | RuntimeException e) {
      lockChannel.close();
      throw e;
    }
  }

  private static FileChannel lock(Path pgdata) throws IOException {
    FileChannel channel =
        FileChannel.open(
            pgdata.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
      throw new IOException("another HSS runs on " + pgdata);
    }
    return channel;
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  String hssPassword() {
    return credentials.hssPassword();
  }

  void stop() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(stopAtExit);
    } catch (IllegalStateException exiting) {
      // the JVM is exiting and the hook stops the server too; stopping twice is harmless
    }
    try {
      postmaster.stop();
    } finally {
      lockChannel.close();
    }
    LOG.info("Embedded PostgreSQL stopped");
  }

  private void stopQuietly() {
    try {
      postmaster.stop();
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly at exit: {}", e.getMessage());
    }
  }
}
