package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.failure.HssFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-seals K/OP/OPc under the current key id and format, a page at a time in IMSI order, each page
 * one transaction holding its rows' locks (reservations of those rows wait a moment, nothing else).
 * SQN is not touched. Two uses: key rotation, step 3 (every row not under the current key,
 * docs/storage.md), and at every start the upgrade of rows still in the previous format (IMSI-only
 * associated data). A row that does not open under any configured key is left as it is and counted,
 * never guessed at.
 */
final class KeyResealer {
  private static final Logger LOG = LoggerFactory.getLogger(KeyResealer.class);
  private static final int PAGE = 500;

  /** Rows not entirely under header $2 (current format and key id); the lock re-checks it. */
  private static final String NOT_CURRENT =
      "SELECT imsi, k, op, opc FROM subscribers WHERE imsi > $1 AND "
          + "(substr(k, 1, 2) <> $2 OR substr(COALESCE(op, opc), 1, 2) <> $2) ORDER BY imsi LIMIT "
          + PAGE
          + " FOR UPDATE";

  /** Rows with a value in the previous format (byte 0 is its key id, never 0). */
  private static final String PREVIOUS_FORMAT =
      "SELECT imsi, k, op, opc FROM subscribers WHERE imsi > $1 AND "
          + "(substr(k, 1, 1) <> $2 OR substr(COALESCE(op, opc), 1, 1) <> $2) ORDER BY imsi LIMIT "
          + PAGE
          + " FOR UPDATE";

  private static final String RESEAL =
      "UPDATE subscribers SET k = $2, op = $3, opc = $4 WHERE imsi = $1";

  /**
   * How a re-sealing pass ended: rows now under the current key, rows left because they did not
   * open.
   */
  record Outcome(int resealed, int unopenable) {
    Outcome plus(Outcome page) {
      return new Outcome(resealed + page.resealed, unopenable + page.unopenable);
    }
  }

  private record Page(Outcome outcome, String lastImsi, boolean full) {}

  private KeyResealer() {}

  /** Key rotation: every row not under the current key id and format. */
  static Future<Outcome> resealAll(Pool pool, KeyCipher cipher) {
    Buffer current = Buffer.buffer(KeyCipher.header(cipher.currentKeyId()));
    return resealFrom(pool, cipher, NOT_CURRENT, current, "", new Outcome(0, 0))
        .onSuccess(
            done ->
                LOG.info(
                    "Key re-sealing done: {} subscribers re-sealed under key id {}, {} did not open "
                        + "under any configured key",
                    done.resealed(),
                    cipher.currentKeyId(),
                    done.unopenable()));
  }

  /** Format upgrade: only rows holding a value of the previous format. */
  static Future<Outcome> upgradePreviousFormat(Pool pool, KeyCipher cipher) {
    Buffer format = Buffer.buffer(new byte[] {KeyCipher.FORMAT});
    return resealFrom(pool, cipher, PREVIOUS_FORMAT, format, "", new Outcome(0, 0))
        .onSuccess(
            done -> {
              if (done.resealed() + done.unopenable() > 0) {
                LOG.info(
                    "Sealed-key format upgrade: {} subscribers re-sealed under key id {} bound to IMSI and "
                        + "column, {} did not open",
                    done.resealed(),
                    cipher.currentKeyId(),
                    done.unopenable());
              }
            });
  }

  private static Future<Outcome> resealFrom(
      Pool pool, KeyCipher cipher, String select, Buffer header, String after, Outcome soFar) {
    return pool.withTransaction(
            conn ->
                conn.preparedQuery(select)
                    .execute(Tuple.of(after, header))
                    .compose(
                        rows -> {
                          List<Tuple> updates = new ArrayList<>();
                          int unopenable = 0;
                          String last = after;
                          for (Row row : rows) {
                            String imsi = row.getString(0);
                            last = imsi;
                            try {
                              updates.add(
                                  Tuple.of(
                                      imsi,
                                      reseal(cipher, imsi, row, 1, KeyCipher.Column.K),
                                      reseal(cipher, imsi, row, 2, KeyCipher.Column.OP),
                                      reseal(cipher, imsi, row, 3, KeyCipher.Column.OPC)));
                            } catch (HssFailure doesNotOpen) {
                              unopenable++;
                            }
                          }
                          Page page =
                              new Page(
                                  new Outcome(updates.size(), unopenable),
                                  last,
                                  rows.size() == PAGE);
                          return updates.isEmpty()
                              ? Future.succeededFuture(page)
                              : conn.preparedQuery(RESEAL).executeBatch(updates).map(ok -> page);
                        }))
        .compose(
            page ->
                page.full()
                    ? resealFrom(
                        pool, cipher, select, header, page.lastImsi(), soFar.plus(page.outcome()))
                    : Future.succeededFuture(soFar.plus(page.outcome())));
  }

  private static Buffer reseal(
      KeyCipher cipher, String imsi, Row row, int column, KeyCipher.Column name) {
    var sealed = row.getBuffer(column);
    if (sealed == null) {
      return null;
    }
    return Buffer.buffer(
        cipher.seal(imsi, name, cipher.openAnyFormat(imsi, name, sealed.getBytes())));
  }
}
