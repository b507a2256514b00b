package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one subscriber inside the caller's transaction. A replace keeps the application state the
 * Diameter side owns (serving MME, S-CSCF, registration states of IMPUs that stay) and keeps SQN_HE
 * unless the request sets it; it never lowers SQN_HE unless the request carries an override.
 */
final class SubscriberWriter {
  /**
   * SQN_HE of a new subscriber provisioned without "sqn": SEQ 0, IND 31, so the first vector issued
   * is SQN 32 = SEQ 1 (IND 0). A factory-fresh USIM holds SEQ_MS = 0 in every slot and accepts only
   * a greater SEQ (TS 33.102 C.2.2); starting at 0 would cost every new SIM a resync on first
   * attach.
   */
  static final long FIRST_SQN_HE = 31;

  private static final String UPSERT =
      "INSERT INTO subscribers (imsi, msisdn, algorithm, k, op, opc, amf, "
          + "sqn, status, ambr_ul, ambr_dl, access_restriction, roaming_allowed, "
          + "non3gpp_access) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8::bigint, "
          + FIRST_SQN_HE
          + "), $9, $10, $11, $12, $13, $15) "
          + "ON CONFLICT (imsi) DO UPDATE SET msisdn = EXCLUDED.msisdn, algorithm = EXCLUDED.algorithm, "
          + "k = EXCLUDED.k, op = EXCLUDED.op, opc = EXCLUDED.opc, amf = EXCLUDED.amf, "
          + "sqn = COALESCE($8::bigint, subscribers.sqn), status = EXCLUDED.status, "
          + "ambr_ul = EXCLUDED.ambr_ul, ambr_dl = EXCLUDED.ambr_dl, "
          + "access_restriction = EXCLUDED.access_restriction, roaming_allowed = EXCLUDED.roaming_allowed, "
          + "non3gpp_access = EXCLUDED.non3gpp_access, updated_at = now() "
          // the SQN floor, in the statement that writes: an AIR reserving SQNs concurrently waits
          // for the
          // row lock or has already moved SQN_HE, and either way the comparison sees the committed
          // value.
          // When it fails no row is returned, yet the row stays locked (PostgreSQL INSERT, ON
          // CONFLICT).
          + "WHERE $8::bigint IS NULL OR $14::boolean OR subscribers.sqn <= $8::bigint "
          + "RETURNING (xmax = 0) AS created";
  private static final String STORED_SQN = "SELECT sqn FROM subscribers WHERE imsi = $1";

  private static final String INSERT_APN =
      "INSERT INTO subscriber_apns (imsi, apn, context_id, is_default, "
          + "pdn_type, qci, arp_priority, arp_preemption_capable, arp_preemption_vulnerable, ambr_ul, ambr_dl) "
          + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";

  private static final String UPSERT_IMPI =
      "INSERT INTO ims_identities (imsi, impi, service_profile) "
          + "VALUES ($1, $2, $3) ON CONFLICT (imsi) DO UPDATE SET impi = EXCLUDED.impi, "
          + "service_profile = EXCLUDED.service_profile";

  /**
   * Claims each IMPU for this subscriber and sets its barring ($3: the barred ones); an IMPU of
   * another subscriber is not returned. Registration state is left as it is.
   */
  private static final String CLAIM_IMPUS =
      "INSERT INTO ims_public_identities (impu, imsi, barred) "
          + "SELECT u, $1, u = ANY($3::text[]) FROM unnest($2::text[]) AS u "
          + "ON CONFLICT (impu) DO UPDATE SET imsi = EXCLUDED.imsi, barred = EXCLUDED.barred "
          + "WHERE ims_public_identities.imsi = EXCLUDED.imsi RETURNING impu";

  /** SQN_HE of {@code imsi} lowered from {@code from} to {@code to} by an override. */
  record Lowering(String imsi, long from, long to) {}

  private SubscriberWriter() {}

  /**
   * Creates or replaces {@code s}; completes with true when it created the row. A "sqn" below the
   * stored SQN_HE fails the write with {@link SqnLowered} (the caller's transaction then rolls
   * back) unless {@code mayLower}; a lowering it did make is added to {@code lowered}.
   */
  static Future<Boolean> write(
      SqlConnection conn,
      KeyCipher cipher,
      Subscriber s,
      boolean mayLower,
      List<Lowering> lowered) {
    String imsi = s.imsi();
    Tuple row =
        Tuple.tuple()
            .addString(imsi)
            .addString(s.msisdn())
            .addString(s.algorithm())
            .addValue(sealed(cipher, imsi, KeyCipher.Column.K, s.k()))
            .addValue(sealed(cipher, imsi, KeyCipher.Column.OP, s.op()))
            .addValue(sealed(cipher, imsi, KeyCipher.Column.OPC, s.opc()))
            .addValue(Buffer.buffer(s.amf()))
            .addLong(s.sqn())
            .addString(s.status())
            .addLong(s.ambrUl())
            .addLong(s.ambrDl())
            .addInteger(s.accessRestriction())
            .addBoolean(s.roamingAllowed())
            .addBoolean(mayLower)
            .addBoolean(s.non3gppAccess());
    // with an override, the value it replaces is read under the row lock first, for the audit line
    Future<Long> before =
        mayLower && s.sqn() != null
            ? storedSqn(conn, imsi, " FOR UPDATE")
            : Future.succeededFuture();
    return before.compose(
        old ->
            conn.preparedQuery(UPSERT)
                .execute(row)
                .compose(
                    upserted -> {
                      if (upserted.size() == 0) {
                        return storedSqn(conn, imsi, "")
                            .compose(
                                current -> Future.failedFuture(new SqnLowered(current, s.sqn())));
                      }
                      if (old != null && old > s.sqn()) {
                        lowered.add(new Lowering(imsi, old, s.sqn()));
                      }
                      boolean created = upserted.iterator().next().getBoolean(0);
                      return writeApns(conn, s).compose(ok -> writeIms(conn, s)).map(ok -> created);
                    }));
  }

  /** SQN_HE as stored, or null when the subscriber does not exist (yet). */
  private static Future<Long> storedSqn(SqlConnection conn, String imsi, String lock) {
    return conn.preparedQuery(STORED_SQN + lock)
        .execute(Tuple.of(imsi))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong(0));
  }

  private static Future<Void> writeApns(SqlConnection conn, Subscriber s) {
    Future<?> deleted =
        conn.preparedQuery("DELETE FROM subscriber_apns WHERE imsi = $1")
            .execute(Tuple.of(s.imsi()));
    if (s.apns().isEmpty()) {
      return deleted.mapEmpty();
    }
    List<Tuple> rows = new ArrayList<>();
    for (Subscriber.Apn a : s.apns()) {
      rows.add(
          Tuple.tuple()
              .addString(s.imsi())
              .addString(a.apn())
              .addInteger(a.contextId())
              .addBoolean(a.isDefault())
              .addString(a.pdnType())
              .addShort((short) a.qci())
              .addShort((short) a.arpPriority())
              .addBoolean(a.preemptionCapable())
              .addBoolean(a.preemptionVulnerable())
              .addLong(a.ambrUl())
              .addLong(a.ambrDl()));
    }
    return deleted.compose(ok -> conn.preparedQuery(INSERT_APN).executeBatch(rows)).mapEmpty();
  }

  private static Future<Void> writeIms(SqlConnection conn, Subscriber s) {
    if (s.ims() == null) {
      return conn.preparedQuery("DELETE FROM ims_identities WHERE imsi = $1")
          .execute(Tuple.of(s.imsi()))
          .mapEmpty();
    }
    String[] impus = s.ims().impus().toArray(String[]::new);
    return conn.preparedQuery(UPSERT_IMPI)
        .execute(Tuple.of(s.imsi(), s.ims().impi(), s.ims().serviceProfile()))
        .compose(
            ok ->
                conn.preparedQuery(
                        "DELETE FROM ims_public_identities WHERE imsi = $1 AND NOT (impu = ANY($2::text[]))")
                    .execute(Tuple.tuple().addString(s.imsi()).addArrayOfString(impus)))
        .compose(
            ok ->
                conn.preparedQuery(CLAIM_IMPUS)
                    .execute(
                        Tuple.tuple()
                            .addString(s.imsi())
                            .addArrayOfString(impus)
                            .addArrayOfString(s.ims().barredImpus().toArray(String[]::new))))
        .compose(
            claimed ->
                claimed.rowCount() == impus.length
                    ? Future.<Void>succeededFuture()
                    : Future.failedFuture(
                        new SubscriberConflict(
                            "ims.impus", "already belongs to another subscriber")));
  }

  private static Buffer sealed(
      KeyCipher cipher, String imsi, KeyCipher.Column column, byte[] plain) {
    return plain == null ? null : Buffer.buffer(cipher.seal(imsi, column, plain));
  }
}
