package org.reactivehss.store;

import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import org.reactivehss.failure.FailureKind;
import org.reactivehss.failure.HssFailure;

/**
 * The SQN statements. Each is ONE statement, so PostgreSQL's row lock makes read-modify-write
 * atomic and the autocommit makes it durable before the reply (TS 33.102 §6.3.2 and Annex C: SQN_HE
 * is a 48-bit counter, arithmetic mod 2^48).
 *
 * <p>Each reserves only for a row whose sealed keys carry a header (format, key id) among the
 * verified ones passed as the last parameter ({@link #usableHeaders}): a row under a key id this
 * HSS does not hold, or whose key failed the start-time check ({@link KeyAudit}), keeps its SQN_HE
 * and comes back with {@code usable = false}, answered as authentication data unavailable, in the
 * same round trip.
 */
final class SqnSql {
  /** 2^48 - 1: SQN is 48 bits (SEQ 43 || IND 5). */
  static final long SQN_MASK = (1L << 48) - 1;

  static final String KEY_COLUMNS = "algorithm, k, op, opc, amf, sqn";

  static final String RESERVE =
      "UPDATE subscribers SET sqn = CASE WHEN "
          + usable("", 3)
          + " THEN (sqn + $2) & "
          + SQN_MASK
          + " ELSE sqn END WHERE imsi = $1 RETURNING "
          + usable("", 3)
          + ", "
          + KEY_COLUMNS;

  /** Forward only: GREATEST keeps SQN_HE when the floor is below it (odometers never go back). */
  static final String RESYNC_AND_RESERVE =
      "UPDATE subscribers SET sqn = CASE WHEN "
          + usable("", 4)
          + " THEN (GREATEST(sqn, $2) + $3) & "
          + SQN_MASK
          + " ELSE sqn END WHERE imsi = $1 RETURNING "
          + usable("", 4)
          + ", "
          + KEY_COLUMNS;

  static final String KEYS =
      "SELECT " + usable("", 2) + ", " + KEY_COLUMNS + " FROM subscribers WHERE imsi = $1";

  /**
   * Many subscribers in one round trip. The caller sums the counts of one IMSI first: an UPDATE ...
   * FROM joins each target row at most once, so duplicates within a batch would lose reservations.
   * The "locked" CTE takes the row locks in IMSI order before updating: concurrent batches that
   * share subscribers then queue behind each other instead of deadlocking (the UPDATE's own scan
   * order follows the physical row order, which changes with every update).
   */
  static final String RESERVE_MANY =
      "WITH b AS (SELECT * FROM unnest($1::text[], $2::bigint[]) AS t(imsi, n)), "
          + "locked AS (SELECT imsi FROM subscribers WHERE imsi IN (SELECT imsi FROM b) ORDER BY imsi FOR UPDATE) "
          + "UPDATE subscribers s SET sqn = CASE WHEN "
          + usable("s.", 3)
          + " THEN (s.sqn + b.n) & "
          + SQN_MASK
          + " ELSE s.sqn END FROM b JOIN locked USING (imsi) WHERE s.imsi = b.imsi RETURNING s.imsi, "
          + usable("s.", 3)
          + ", s.algorithm, s.k, s.op, s.opc, s.amf, s.sqn";

  private SqnSql() {}

  /**
   * substr, not get_byte: a value too short to hold a header is simply not usable, never an error.
   */
  private static String usable(String table, int parameter) {
    return "(substr("
        + table
        + "k, 1, 2) = ANY($"
        + parameter
        + "::bytea[]) AND substr(COALESCE("
        + table
        + "op, "
        + table
        + "opc), 1, 2) = ANY($"
        + parameter
        + "::bytea[]))";
  }

  /**
   * The headers of the key ids {@code cipher} verified: the last parameter of every statement here.
   */
  static Buffer[] usableHeaders(KeyCipher cipher) {
    return cipher.verifiedIds().stream()
        .map(id -> Buffer.buffer(KeyCipher.header(id)))
        .toArray(Buffer[]::new);
  }

  /** The first SQN of a reservation of n that left SQN_HE at {@code newSqnHe}. */
  static long firstOf(long newSqnHe, long n) {
    return (newSqnHe - n + 1) & SQN_MASK;
  }

  /**
   * Decodes a row with the usable flag and {@link #KEY_COLUMNS}, starting at column {@code from}; a
   * row whose keys are not usable fails without opening anything (its SQN_HE was not moved).
   */
  static SubscriberKeys keys(String imsi, Row row, int from, KeyCipher cipher) {
    if (!Boolean.TRUE.equals(row.getBoolean(from))) {
      throw HssFailure.of(
          FailureKind.KEYS_UNUSABLE,
          "authentication data of subscriber "
              + imsi
              + " unavailable: its keys are sealed under a key id that is not configured or failed the key check");
    }
    int at = from + 1;
    return new SubscriberKeys(
        imsi,
        row.getString(at),
        cipher.open(imsi, KeyCipher.Column.K, bytes(row, at + 1)),
        cipher.open(imsi, KeyCipher.Column.OP, bytes(row, at + 2)),
        cipher.open(imsi, KeyCipher.Column.OPC, bytes(row, at + 3)),
        bytes(row, at + 4),
        row.getLong(at + 5));
  }

  private static byte[] bytes(Row row, int column) {
    var buffer = row.getBuffer(column);
    return buffer == null ? null : buffer.getBytes();
  }
}
