package org.reactivehss.store;

import static org.reactivehss.store.EmbeddedCredentials.HSS_ROLE;
import static org.reactivehss.store.EmbeddedCredentials.SUPERUSER;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Puts the embedded cluster in the shape docs/storage.md describes, before it listens on anything:
 * initdb without any usable authentication, then at every start pg_hba.conf rewritten to
 * scram-sha-256 only and the roles set in single-user mode (no network, no password needed, only
 * the data directory's owner can do it). The same steps convert a data directory of an earlier
 * version (trust authentication, tables in schema public owned by the superuser).
 */
final class EmbeddedProvisioning {
  /**
   * The only ways in: passwords over the 0700 Unix socket and over 127.0.0.1 (the server listens on
   * nothing else).
   */
  static final String PG_HBA =
      """
      # Written by the HSS at every start of its embedded PostgreSQL; edits here are overwritten.
      # TYPE  DATABASE  USER  ADDRESS        METHOD
      local   all       all                  scram-sha-256
      host    all       all   127.0.0.1/32   scram-sha-256
      """;

  private EmbeddedProvisioning() {}

  /** A new cluster in {@code pgdata} that nobody can log into until {@link #provision} ran. */
  static void initdb(PostgresBinaries binaries, Path pgdata) throws IOException {
    run(
        binaries,
        "initdb",
        List.of(
            "--auth=reject", "--username=" + SUPERUSER, "--encoding=UTF-8", "--pgdata=" + pgdata),
        null);
  }

  /**
   * Rewrites pg_hba.conf and, in one transaction in single-user mode, sets both passwords (as SCRAM
   * verifiers), makes {@code hss} a plain login role owning schema {@code hss}, and moves the
   * tables an earlier version created in schema public into it (once: only while hss has no
   * schema_migrations).
   */
  static void provision(PostgresBinaries binaries, Path pgdata, EmbeddedCredentials credentials)
      throws IOException {
    PrivateFiles.writeAtomically(pgdata.resolve("pg_hba.conf"), PG_HBA);
    String sql =
        "BEGIN;\n\n"
            + "DO $provision$ BEGIN\n"
            + "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
            + HSS_ROLE
            + "') THEN\n"
            + "    CREATE ROLE "
            + HSS_ROLE
            + ";\n"
            + "  END IF;\n"
            + "END $provision$;\n\n"
            + "ALTER ROLE "
            + SUPERUSER
            + " PASSWORD '"
            + ScramVerifier.of(credentials.superuserPassword())
            + "';\n\n"
            // no CREATE on the database either (the owner is the superuser; PUBLIC never had it):
            // so no
            // schema, and no extension, trusted ones included, can be created by the HSS role
            + "ALTER ROLE "
            + HSS_ROLE
            + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
            + " PASSWORD '"
            + ScramVerifier.of(credentials.hssPassword())
            + "';\n\n"
            + "ALTER ROLE "
            + HSS_ROLE
            + " SET search_path = "
            + HSS_ROLE
            + ";\n\n"
            + "REVOKE CREATE ON DATABASE postgres FROM PUBLIC;\n\n"
            + "REVOKE CREATE ON SCHEMA public FROM PUBLIC;\n\n"
            + "CREATE SCHEMA IF NOT EXISTS "
            + HSS_ROLE
            + " AUTHORIZATION "
            + HSS_ROLE
            + ";\n\n"
            + "ALTER SCHEMA "
            + HSS_ROLE
            + " OWNER TO "
            + HSS_ROLE
            + ";\n\n"
            + "DO $provision$ DECLARE t record; BEGIN\n"
            + "  IF to_regclass('public.schema_migrations') IS NOT NULL\n"
            + "      AND to_regclass('"
            + HSS_ROLE
            + ".schema_migrations') IS NULL THEN\n"
            + "    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
            + "        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP\n"
            + "      EXECUTE format('ALTER TABLE public.%I SET SCHEMA "
            + HSS_ROLE
            + "', t.relname);\n"
            + "    END LOOP;\n"
            + "  END IF;\n"
            + "  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
            + "      WHERE n.nspname = '"
            + HSS_ROLE
            + "' AND c.relkind IN ('r', 'p')"
            + " AND c.relowner <> '"
            + HSS_ROLE
            + "'::regrole LOOP\n"
            + "    EXECUTE format('ALTER TABLE "
            + HSS_ROLE
            + ".%I OWNER TO "
            + HSS_ROLE
            + "', t.relname);\n"
            + "  END LOOP;\n"
            + "END $provision$;\n\n"
            + "COMMIT;\n\n";
    // the statements are never echoed into the output (log_min_error_statement), and hold verifiers
    // only
    run(
        binaries,
        "postgres",
        List.of(
            "--single",
            "-j",
            "-D",
            pgdata.toString(),
            "-c",
            "log_min_error_statement=panic",
            "postgres"),
        sql);
  }

  /**
   * Runs a program to its end; output with an ERROR or FATAL line, or an exit status not 0, fails
   * it.
   */
  private static void run(
      PostgresBinaries binaries, String program, List<String> args, String input)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(binaries.command(program, args)).redirectErrorStream(true);
    Process process = builder.start();
    try (OutputStream stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(program + " did not finish within 120 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while " + program + " ran", e);
    }
    List<String> failures =
        output.lines().filter(l -> l.contains("ERROR:") || l.contains("FATAL:")).toList();
    if (process.exitValue() != 0 || !failures.isEmpty()) {
      throw new IOException(
          "embedded PostgreSQL "
              + program
              + " failed (exit "
              + process.exitValue()
              + "): "
              + (failures.isEmpty() ? output.strip() : String.join("; ", failures)));
    }
  }

  static boolean initialised(Path pgdata) {
    return Files.exists(pgdata.resolve("PG_VERSION"));
  }
}
