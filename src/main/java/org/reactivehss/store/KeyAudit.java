package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reactivehss.failure.HssFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks at start that the configured keys are the ones the database was sealed with, so a wrong or
 * changed key shows as a readiness failure naming its key id instead of as 5012s after SQNs were
 * spent. For each configured key id: a sample of the subscriber rows under it must open, and its
 * key-check value (table key_checks, written the first time the id is seen and its sample opens)
 * must open. Rows under a key id that is not configured are reported too. The ids that pass are the
 * only ones the SQN statements serve ({@link SqnSql}). Off the hot path: a few statements once per
 * start.
 */
final class KeyAudit {
  private static final Logger LOG = LoggerFactory.getLogger(KeyAudit.class);
  private static final int SAMPLE = 5;
  private static final String CENSUS =
      "SELECT substr(k, 1, 2), count(*) FROM subscribers GROUP BY 1";
  private static final String SAMPLE_ROWS =
      "SELECT imsi, k, op, opc FROM subscribers WHERE substr(k, 1, 2) = $1 " + "LIMIT " + SAMPLE;
  private static final String CHECKS = "SELECT key_id, sealed FROM key_checks";
  private static final String ADD_CHECK =
      "INSERT INTO key_checks (key_id, sealed) VALUES ($1, $2) "
          + "ON CONFLICT (key_id) DO NOTHING";

  /** The verified key ids and, per failed check, one sentence naming the key id (never a key). */
  record Report(Set<Integer> verifiedIds, List<String> problems) {
    boolean healthy() {
      return problems.isEmpty();
    }
  }

  private KeyAudit() {}

  /** The start-time sequence: upgrade rows of the previous format, then check every key id. */
  static Future<Report> atStart(Pool pool, KeyCipher cipher) {
    return KeyResealer.upgradePreviousFormat(pool, cipher).compose(upgraded -> run(pool, cipher));
  }

  static Future<Report> run(Pool pool, KeyCipher cipher) {
    return pool.query(CENSUS)
        .execute()
        .compose(
            rows -> {
              Map<Integer, Long> current = new TreeMap<>();
              Map<Integer, Long> previousFormat = new TreeMap<>();
              for (Row row : rows) {
                byte[] header = row.getBuffer(0).getBytes();
                if (header.length == KeyCipher.HEADER_BYTES && header[0] == KeyCipher.FORMAT) {
                  current.put(header[1] & 0xff, row.getLong(1));
                } else {
                  previousFormat.merge(
                      header.length == 0 ? 0 : header[0] & 0xff, row.getLong(1), Long::sum);
                }
              }
              List<String> problems = new ArrayList<>();
              previousFormat.forEach(
                  (id, count) ->
                      problems.add(
                          count
                              + " subscribers are still in the previous sealed "
                              + "format under key id "
                              + id
                              + " and did not open with the key configured for it"));
              current.forEach(
                  (id, count) -> {
                    if (!cipher.configuredIds().contains(id)) {
                      problems.add(
                          count
                              + " subscribers are sealed under key id "
                              + id
                              + ", which is not configured");
                    }
                  });
              // while rows of the previous format do not open, a configured key may be the wrong
              // one: record no
              // key-check value under it, or the right key would be refused at every later start
              return checkEach(pool, cipher, current.keySet(), previousFormat.isEmpty(), problems);
            })
        .map(report -> log(cipher, report));
  }

  private static Future<Report> checkEach(
      Pool pool,
      KeyCipher cipher,
      Set<Integer> idsInUse,
      boolean mayRecord,
      List<String> problems) {
    Set<Integer> samplesOpen = new TreeSet<>();
    Future<Void> chain = Future.succeededFuture();
    for (int id : cipher.configuredIds()) {
      chain =
          chain
              .compose(
                  v ->
                      !idsInUse.contains(id)
                          ? Future.succeededFuture(0)
                          : pool.preparedQuery(SAMPLE_ROWS)
                              .execute(Tuple.of(Buffer.buffer(KeyCipher.header(id))))
                              .map(rows -> unopened(cipher, rows)))
              .compose(
                  unopened -> {
                    if (unopened > 0) {
                      problems.add(
                          "key id "
                              + id
                              + ": "
                              + unopened
                              + " of the sampled subscribers sealed under it do "
                              + "not open with the key configured for it");
                      return Future.succeededFuture();
                    }
                    samplesOpen.add(id);
                    return !mayRecord
                        ? Future.<Void>succeededFuture()
                        : pool.preparedQuery(ADD_CHECK)
                            .execute(Tuple.of(id, Buffer.buffer(cipher.checkValue(id))))
                            .mapEmpty();
                  });
    }
    return chain
        .compose(v -> pool.query(CHECKS).execute())
        .map(
            checks -> {
              Map<Integer, byte[]> recorded = new TreeMap<>();
              checks.forEach(row -> recorded.put(row.getInteger(0), row.getBuffer(1).getBytes()));
              Set<Integer> verified = new TreeSet<>();
              for (int id : samplesOpen) {
                byte[] check = recorded.get(id);
                if (check == null) {
                  // not recorded (this start may not record): the opened sample is the only
                  // evidence there is
                  if (idsInUse.contains(id)) {
                    verified.add(id);
                  }
                } else if (cipher.opensCheckValue(id, check)) {
                  verified.add(id);
                } else {
                  problems.add(
                      "key id "
                          + id
                          + ": the configured key does not open this database's key-check value "
                          + "(the database was sealed under another key with this id)");
                }
              }
              return new Report(verified, List.copyOf(problems));
            });
  }

  private static int unopened(KeyCipher cipher, Iterable<Row> rows) {
    int failed = 0;
    for (Row row : rows) {
      String imsi = row.getString(0);
      try {
        cipher.open(imsi, KeyCipher.Column.K, bytes(row, 1));
        cipher.open(imsi, KeyCipher.Column.OP, bytes(row, 2));
        cipher.open(imsi, KeyCipher.Column.OPC, bytes(row, 3));
      } catch (HssFailure doesNotOpen) {
        failed++;
      }
    }
    return failed;
  }

  private static Report log(KeyCipher cipher, Report report) {
    if (report.healthy()) {
      LOG.info(
          "Key-encryption keys verified: key ids {} (current {})",
          report.verifiedIds(),
          cipher.currentKeyId());
    } else {
      report.problems().forEach(problem -> LOG.error("Key check failed: {}", problem));
    }
    return report;
  }

  private static byte[] bytes(Row row, int column) {
    Buffer buffer = row.getBuffer(column);
    return buffer == null ? null : buffer.getBytes();
  }
}
