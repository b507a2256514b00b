package org.reactivehss.store;

import io.vertx.sqlclient.Row;

/**
 * The SQN statements. Each is ONE statement, so PostgreSQL's row lock makes read-modify-write atomic
 * and the autocommit makes it durable before the reply (TS 33.102 §6.3.2 and Annex C: SQN_HE is a
 * 48-bit counter, arithmetic mod 2^48).
 */
final class SqnSql {
  /** 2^48 - 1: SQN is 48 bits (SEQ 43 || IND 5). */
  static final long SQN_MASK = (1L << 48) - 1;

  static final String KEY_COLUMNS = "algorithm, k, op, opc, amf, sqn";

  static final String RESERVE = "UPDATE subscribers SET sqn = (sqn + $2) & " + SQN_MASK
      + " WHERE imsi = $1 RETURNING " + KEY_COLUMNS;

  /** Forward only: GREATEST keeps SQN_HE when the floor is below it (odometers never go back). */
  static final String RESYNC_AND_RESERVE = "UPDATE subscribers SET sqn = (GREATEST(sqn, $2) + $3) & "
      + SQN_MASK + " WHERE imsi = $1 RETURNING " + KEY_COLUMNS;

  static final String KEYS = "SELECT " + KEY_COLUMNS + " FROM subscribers WHERE imsi = $1";

  /**
   * Many subscribers in one round trip. The caller sums the counts of one IMSI first: an UPDATE ...
   * FROM joins each target row at most once, so duplicates within a batch would lose reservations.
   * The "locked" CTE takes the row locks in IMSI order before updating: concurrent batches that share
   * subscribers then queue behind each other instead of deadlocking (the UPDATE's own scan order follows
   * the physical row order, which changes with every update).
   */
  static final String RESERVE_MANY = "WITH b AS (SELECT * FROM unnest($1::text[], $2::bigint[]) AS t(imsi, n)), "
      + "locked AS (SELECT imsi FROM subscribers WHERE imsi IN (SELECT imsi FROM b) ORDER BY imsi FOR UPDATE) "
      + "UPDATE subscribers s SET sqn = (s.sqn + b.n) & " + SQN_MASK
      + " FROM b JOIN locked USING (imsi) WHERE s.imsi = b.imsi RETURNING s.imsi, "
      + "s.algorithm, s.k, s.op, s.opc, s.amf, s.sqn";

  private SqnSql() {
  }

  /** The first SQN of a reservation of n that left SQN_HE at {@code newSqnHe}. */
  static long firstOf(long newSqnHe, long n) {
    return (newSqnHe - n + 1) & SQN_MASK;
  }

  /** Decodes a row with {@link #KEY_COLUMNS}, starting at column {@code from}. */
  static SubscriberKeys keys(String imsi, Row row, int from, KeyCipher cipher) {
    return new SubscriberKeys(imsi, row.getString(from),
        cipher.open(imsi, bytes(row, from + 1)), cipher.open(imsi, bytes(row, from + 2)),
        cipher.open(imsi, bytes(row, from + 3)), bytes(row, from + 4), row.getLong(from + 5));
  }

  private static byte[] bytes(Row row, int column) {
    var buffer = row.getBuffer(column);
    return buffer == null ? null : buffer.getBytes();
  }
}
