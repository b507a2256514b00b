package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key rotation, step 2: re-seals every K/OP/OPc not under the current key id, a page at a time, each
 * page one transaction holding its rows' locks (reservations of those rows wait a moment, nothing
 * else). SQN is not touched. Once it reports 0 left, the retired key can be removed from configuration.
 */
final class KeyResealer {
  private static final Logger LOG = LoggerFactory.getLogger(KeyResealer.class);
  private static final int PAGE = 500;
  private static final String STALE = "SELECT imsi, k, op, opc FROM subscribers WHERE get_byte(k, 0) <> $1 "
      + "OR get_byte(COALESCE(op, opc), 0) <> $1 ORDER BY imsi LIMIT " + PAGE + " FOR UPDATE";
  private static final String RESEAL = "UPDATE subscribers SET k = $2, op = $3, opc = $4 WHERE imsi = $1";

  private KeyResealer() {
  }

  /** Completes with the number of subscribers re-sealed. */
  static Future<Integer> resealAll(Pool pool, KeyCipher cipher) {
    return resealFrom(pool, cipher, 0);
  }

  private static Future<Integer> resealFrom(Pool pool, KeyCipher cipher, int doneSoFar) {
    return pool.withTransaction(conn -> conn.preparedQuery(STALE).execute(Tuple.of(cipher.currentKeyId()))
        .compose(rows -> {
          List<Tuple> updates = new ArrayList<>();
          for (Row row : rows) {
            String imsi = row.getString(0);
            updates.add(Tuple.of(imsi, reseal(cipher, imsi, row, 1), reseal(cipher, imsi, row, 2),
                reseal(cipher, imsi, row, 3)));
          }
          return updates.isEmpty() ? Future.succeededFuture(0)
              : conn.preparedQuery(RESEAL).executeBatch(updates).map(ok -> updates.size());
        }))
        .compose(count -> {
          if (count == 0) {
            LOG.info("Key re-sealing done: {} subscribers now under key id {}", doneSoFar, cipher.currentKeyId());
            return Future.succeededFuture(doneSoFar);
          }
          return resealFrom(pool, cipher, doneSoFar + count);
        });
  }

  private static Buffer reseal(KeyCipher cipher, String imsi, Row row, int column) {
    var sealed = row.getBuffer(column);
    if (sealed == null) {
      return null;
    }
    return Buffer.buffer(cipher.seal(imsi, cipher.open(imsi, sealed.getBytes())));
  }
}
