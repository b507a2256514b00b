package org.reactivehss.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's two passwords: the superuser's (for the operator; the HSS only uses it
 * to set the server up before it listens) and the HSS role's. Generated once from SecureRandom and
 * kept in a 0600 file in the 0700 data directory; never logged, only the file's path is.
 *
 * @param superuserPassword password of {@link #SUPERUSER}
 * @param hssPassword password of {@link #HSS_ROLE}
 */
record EmbeddedCredentials(String superuserPassword, String hssPassword) {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCredentials.class);
  static final String SUPERUSER = "postgres";

  /** The login role the HSS connects as; it owns schema {@link #HSS_ROLE} and nothing else. */
  static final String HSS_ROLE = "hss";

  static final String FILE_NAME = "postgres-passwords.properties";

  /** 32 random bytes: 256 bits, far beyond guessing over SCRAM's 4096 iterations. */
  private static final int PASSWORD_BYTES = 32;

  /**
   * Reads {@code dataDir}/postgres-passwords.properties, creating it (0600) with new passwords if
   * absent.
   */
  static EmbeddedCredentials loadOrCreate(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.exists(file)) {
      Files.setPosixFilePermissions(file, PrivateFiles.OWNER_ONLY_FILE);
      Properties stored = new Properties();
      stored.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      String superuser = stored.getProperty(SUPERUSER);
      String hss = stored.getProperty(HSS_ROLE);
      if (superuser == null || superuser.isEmpty() || hss == null || hss.isEmpty()) {
        throw new IOException(
            file + " must hold a password for " + SUPERUSER + " and for " + HSS_ROLE);
      }
      return new EmbeddedCredentials(superuser, hss);
    }
    EmbeddedCredentials fresh = new EmbeddedCredentials(randomPassword(), randomPassword());
    PrivateFiles.writeAtomically(
        file,
        "# Passwords of the embedded PostgreSQL (role=password), generated at first start.\n"
            + "# The HSS connects as "
            + HSS_ROLE
            + " over 127.0.0.1; "
            + SUPERUSER
            + " is the superuser, for the operator.\n"
            + SUPERUSER
            + "="
            + fresh.superuserPassword
            + "\n"
            + HSS_ROLE
            + "="
            + fresh.hssPassword
            + "\n");
    LOG.info("Generated the embedded PostgreSQL passwords into {}", file);
    return fresh;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[PASSWORD_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Never shows a password. */
  @Override
  public String toString() {
    return "EmbeddedCredentials[" + SUPERUSER + ", " + HSS_ROLE + "]";
  }
}
