package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies missing migrations in version order, each in its own transaction, recorded in
 * schema_migrations. A session advisory lock serialises HSS processes that start together on one
 * database: the second waits, then finds nothing left to do.
 */
final class MigrationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

  /** Arbitrary constant shared by every HSS process ("HSS" in ASCII). */
  private static final long LOCK_KEY = 0x485353L;

  private MigrationRunner() {}

  /** Completes with the versions applied by this call (empty when the schema was current). */
  static Future<List<Integer>> migrate(Pool pool, List<Migration> migrations) {
    // migrations and waiting for another process's migrations may outlast the request timeout;
    // RESET restores the connection's configured timeout before it returns to the pool
    return pool.withConnection(
        conn ->
            conn.query("SET statement_timeout = 0")
                .execute()
                .compose(
                    unbounded -> conn.query("SELECT pg_advisory_lock(" + LOCK_KEY + ")").execute())
                .compose(
                    locked ->
                        conn.query(
                                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    + "version integer PRIMARY KEY, name text NOT NULL, "
                                    + "applied_at timestamptz NOT NULL DEFAULT now())")
                            .execute())
                .compose(created -> conn.query("SELECT version FROM schema_migrations").execute())
                .compose(
                    rows -> {
                      Set<Integer> applied = new HashSet<>();
                      for (Row row : rows) {
                        applied.add(row.getInteger(0));
                      }
                      return applyMissing(conn, migrations, applied, 0, new ArrayList<>());
                    })
                .eventually(
                    () ->
                        conn.query(
                                "SELECT pg_advisory_unlock("
                                    + LOCK_KEY
                                    + "); RESET statement_timeout")
                            .execute()));
  }

  private static Future<List<Integer>> applyMissing(
      SqlConnection conn,
      List<Migration> migrations,
      Set<Integer> applied,
      int index,
      List<Integer> done) {
    if (index == migrations.size()) {
      return Future.succeededFuture(done);
    }
    Migration next = migrations.get(index);
    if (applied.contains(next.version())) {
      return applyMissing(conn, migrations, applied, index + 1, done);
    }
    return conn.begin()
        .compose(
            tx ->
                conn.query(next.sql())
                    .execute()
                    .compose(
                        ok ->
                            conn.preparedQuery(
                                    "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)")
                                .execute(Tuple.of(next.version(), next.name())))
                    .compose(ok -> tx.commit())
                    .onFailure(failure -> tx.rollback()))
        .compose(
            committed -> {
              LOG.info("Applied schema migration V{}__{}", next.version(), next.name());
              done.add(next.version());
              return applyMissing(conn, migrations, applied, index + 1, done);
            });
  }
}
