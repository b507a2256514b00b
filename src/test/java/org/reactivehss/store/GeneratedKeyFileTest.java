package org.reactivehss.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class GeneratedKeyFileTest {

  @Test
  void firstStartCreatesAnOwnerOnlyKeyFile_logsItsPathNotItsValue_andLaterStartsReadTheSameKey()
      throws Exception {
    Path dataDir = Files.createTempDirectory("hss-kek").resolve("data");
    Logger log = (Logger) LoggerFactory.getLogger(GeneratedKeyFile.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    log.addAppender(captured);
    byte[] first;
    byte[] again;
    try {
      first = GeneratedKeyFile.loadOrCreate(dataDir);
      again = GeneratedKeyFile.loadOrCreate(dataDir);
    } finally {
      log.detachAppender(captured);
    }
    Path file = dataDir.resolve(GeneratedKeyFile.NAME);

    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
    assertThat(captured.list)
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(file.toString()));
    assertThat(captured.list)
        .allSatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .doesNotContain(Base64.getEncoder().encodeToString(first)));
  }

  @Test
  void aKeyFileReadableByOthers_isRefusedNamingTheFile() throws Exception {
    Path dataDir = Files.createTempDirectory("hss-kek");
    GeneratedKeyFile.loadOrCreate(dataDir);
    Path file = dataDir.resolve(GeneratedKeyFile.NAME);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> GeneratedKeyFile.loadOrCreate(dataDir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("chmod 600");
  }
}
