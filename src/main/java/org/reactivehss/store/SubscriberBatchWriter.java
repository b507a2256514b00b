package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactivehss.events.SubscriberChanged.Change;

/**
 * Writes a run of subscribers with distinct IMSIs inside the caller's transaction, one statement
 * per table for the whole run (arrays through {@code unnest}) instead of five or more per
 * subscriber: what makes a bulk import of a million lines take a minute rather than several. The
 * stored rows are those {@link SubscriberWriter#write} would leave, one subscriber after another.
 *
 * <p>Whatever the set statements cannot decide exactly fails the run with {@link NotAsASet} (or the
 * database's error), so the caller's transaction rolls back whole and the caller writes the run
 * again in smaller parts: an IMPI or IMPU held by another subscriber, a row another client inserted
 * meanwhile, a value the schema refuses. Only a "sqn" below SQN_HE is decided here per subscriber:
 * the rows are locked first, so the comparison is exact, and a refused subscriber writes nothing.
 */
final class SubscriberBatchWriter {
  /** The run cannot be written as one set; the transaction must roll back. */
  static final class NotAsASet extends RuntimeException {
    NotAsASet(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The stored ones among the run, locked in IMSI order (as {@code LocationUpdates} locks, so the
   * two queue rather than deadlock), with SQN_HE and the APN Context-Identifiers before the write.
   */
  private static final String LOCK_STORED =
      "SELECT s.imsi, s.sqn, ARRAY(SELECT a.context_id FROM subscriber_apns a WHERE a.imsi = s.imsi)"
          + " FROM subscribers s WHERE s.imsi = ANY($1::text[]) ORDER BY s.imsi FOR UPDATE OF s";

  private static final String SUBSCRIBER_ARRAYS =
      "unnest($1::text[], $2::text[], $3::text[], $4::bytea[], $5::bytea[], $6::bytea[],"
          + " $7::bytea[], $8::bigint[], $9::text[], $10::bigint[], $11::bigint[], $12::int[],"
          + " $13::boolean[], $14::boolean[]) AS u(imsi, msisdn, algorithm, k, op, opc, amf, sqn,"
          + " status, ambr_ul, ambr_dl, access_restriction, roaming_allowed, non3gpp_access)";

  private static final String INSERT_NEW =
      "INSERT INTO subscribers (imsi, msisdn, algorithm, k, op, opc, amf, sqn, status, ambr_ul,"
          + " ambr_dl, access_restriction, roaming_allowed, non3gpp_access) SELECT u.imsi, u.msisdn,"
          + " u.algorithm, u.k, u.op, u.opc, u.amf, COALESCE(u.sqn, "
          + SubscriberWriter.FIRST_SQN_HE
          + "), u.status, u.ambr_ul, u.ambr_dl, u.access_restriction, u.roaming_allowed,"
          + " u.non3gpp_access FROM "
          + SUBSCRIBER_ARRAYS
          + " ON CONFLICT (imsi) DO NOTHING";

  /**
   * The replace of {@link SubscriberWriter}'s upsert, and the flags {@code SubscriberRepository}
   * clears on every change (TS 29.272 §5.2.1.1.3: no node holds the current data any more).
   */
  private static final String UPDATE_STORED =
      "UPDATE subscribers s SET msisdn = u.msisdn, algorithm = u.algorithm, k = u.k, op = u.op,"
          + " opc = u.opc, amf = u.amf, sqn = COALESCE(u.sqn, s.sqn), status = u.status,"
          + " ambr_ul = u.ambr_ul, ambr_dl = u.ambr_dl, access_restriction = u.access_restriction,"
          + " roaming_allowed = u.roaming_allowed, non3gpp_access = u.non3gpp_access,"
          + " updated_at = now(), mme_data_current = false, sgsn_data_current = false FROM "
          + SUBSCRIBER_ARRAYS
          + " WHERE s.imsi = u.imsi";

  /** SubscriberRepository's snapshot, for every replaced subscriber of the run at once. */
  private static final String SNAPSHOTS =
      "SELECT s.status = 'barred', s.serving_mme_host, s.serving_mme_realm, i.scscf_name, i.impi,"
          + " s.serving_sgsn_host, s.serving_sgsn_realm,"
          + " ARRAY(SELECT a.context_id FROM subscriber_apns a WHERE a.imsi = s.imsi),"
          + " s.aaa_server_name, s.imsi FROM subscribers s LEFT JOIN ims_identities i"
          + " ON i.imsi = s.imsi WHERE s.imsi = ANY($1::text[])";

  /** A stored subscriber as locked before the write. */
  private record Stored(long sqn, List<Integer> contextIds) {}

  private SubscriberBatchWriter() {}

  /**
   * One outcome per subscriber of {@code run}, in its order: the change (CREATED or UPDATED with
   * its snapshot), or {@link SqnLowered} for one whose "sqn" is below SQN_HE without {@code
   * mayLower} (nothing of it written). A lowering made is added to {@code lowered}.
   */
  static Future<List<SubscriberOutcome>> write(
      SqlConnection conn,
      List<SealedSubscriber> run,
      boolean mayLower,
      List<SubscriberWriter.Lowering> lowered) {
    String[] imsis = run.stream().map(SealedSubscriber::imsi).toArray(String[]::new);
    return conn.preparedQuery(LOCK_STORED)
        .execute(Tuple.tuple().addArrayOfString(imsis))
        .compose(
            rows -> {
              Map<String, Stored> stored = new HashMap<>();
              for (Row row : rows) {
                stored.put(
                    row.getString(0),
                    new Stored(row.getLong(1), List.of(row.getArrayOfIntegers(2))));
              }
              return write(conn, run, stored, mayLower, lowered);
            });
  }

  private static Future<List<SubscriberOutcome>> write(
      SqlConnection conn,
      List<SealedSubscriber> run,
      Map<String, Stored> stored,
      boolean mayLower,
      List<SubscriberWriter.Lowering> lowered) {
    SubscriberOutcome[] outcomes = new SubscriberOutcome[run.size()];
    List<SealedSubscriber> created = new ArrayList<>();
    List<SealedSubscriber> replaced = new ArrayList<>();
    List<SubscriberWriter.Lowering> lowering = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      SealedSubscriber s = run.get(i);
      Stored before = stored.get(s.imsi());
      Long sqn = s.plain.sqn();
      if (before != null && sqn != null && before.sqn() > sqn) {
        if (!mayLower) {
          outcomes[i] = SubscriberOutcome.failed(new SqnLowered(before.sqn(), sqn));
          continue;
        }
        lowering.add(new SubscriberWriter.Lowering(s.imsi(), before.sqn(), sqn));
      }
      (before == null ? created : replaced).add(s);
    }
    List<SealedSubscriber> written = new ArrayList<>(created.size() + replaced.size());
    written.addAll(created);
    written.addAll(replaced);
    String[] replacedImsis = replaced.stream().map(SealedSubscriber::imsi).toArray(String[]::new);
    return insertNew(conn, created)
        .compose(ok -> updateStored(conn, replaced))
        .compose(ok -> SubscriberChildRows.writeApns(conn, written, replacedImsis))
        .compose(ok -> SubscriberChildRows.writeIms(conn, written, replacedImsis))
        .compose(ok -> snapshots(conn, replacedImsis))
        .map(
            snapshots -> {
              lowered.addAll(lowering);
              for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] != null) {
                  continue; // refused above
                }
                String imsi = run.get(i).imsi();
                Stored before = stored.get(imsi);
                outcomes[i] =
                    SubscriberOutcome.written(
                        before == null
                            ? SubscriberRepository.created(imsi)
                            : SubscriberRepository.changed(
                                imsi, Change.UPDATED, snapshots.get(imsi), before.contextIds()));
              }
              return List.of(outcomes);
            });
  }

  private static Future<Void> insertNew(SqlConnection conn, List<SealedSubscriber> created) {
    if (created.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(INSERT_NEW)
        .execute(subscriberArrays(created))
        .compose(
            rows ->
                rows.rowCount() == created.size()
                    ? Future.<Void>succeededFuture()
                    : Future.failedFuture(new NotAsASet("a subscriber was created meanwhile")));
  }

  private static Future<Void> updateStored(SqlConnection conn, List<SealedSubscriber> replaced) {
    if (replaced.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery(UPDATE_STORED).execute(subscriberArrays(replaced)).mapEmpty();
  }

  private static Tuple subscriberArrays(List<SealedSubscriber> run) {
    int n = run.size();
    String[] imsi = new String[n];
    String[] msisdn = new String[n];
    String[] algorithm = new String[n];
    Buffer[] k = new Buffer[n];
    Buffer[] op = new Buffer[n];
    Buffer[] opc = new Buffer[n];
    Buffer[] amf = new Buffer[n];
    Long[] sqn = new Long[n];
    String[] status = new String[n];
    Long[] ambrUl = new Long[n];
    Long[] ambrDl = new Long[n];
    Integer[] accessRestriction = new Integer[n];
    Boolean[] roaming = new Boolean[n];
    Boolean[] non3gpp = new Boolean[n];
    for (int i = 0; i < n; i++) {
      SealedSubscriber sealed = run.get(i);
      Subscriber s = sealed.plain;
      imsi[i] = s.imsi();
      msisdn[i] = s.msisdn();
      algorithm[i] = s.algorithm();
      k[i] = buffer(sealed.k);
      op[i] = buffer(sealed.op);
      opc[i] = buffer(sealed.opc);
      amf[i] = buffer(s.amf());
      sqn[i] = s.sqn();
      status[i] = s.status();
      ambrUl[i] = s.ambrUl();
      ambrDl[i] = s.ambrDl();
      accessRestriction[i] = s.accessRestriction();
      roaming[i] = s.roamingAllowed();
      non3gpp[i] = s.non3gppAccess();
    }
    return Tuple.tuple()
        .addArrayOfString(imsi)
        .addArrayOfString(msisdn)
        .addArrayOfString(algorithm)
        .addArrayOfBuffer(k)
        .addArrayOfBuffer(op)
        .addArrayOfBuffer(opc)
        .addArrayOfBuffer(amf)
        .addArrayOfLong(sqn)
        .addArrayOfString(status)
        .addArrayOfLong(ambrUl)
        .addArrayOfLong(ambrDl)
        .addArrayOfInteger(accessRestriction)
        .addArrayOfBoolean(roaming)
        .addArrayOfBoolean(non3gpp);
  }

  private static Buffer buffer(byte[] bytes) {
    return bytes == null ? null : Buffer.buffer(bytes);
  }

  private static Future<Map<String, Row>> snapshots(SqlConnection conn, String[] replaced) {
    if (replaced.length == 0) {
      return Future.succeededFuture(Map.of());
    }
    return conn.preparedQuery(SNAPSHOTS)
        .execute(Tuple.tuple().addArrayOfString(replaced))
        .map(
            rows -> {
              Map<String, Row> byImsi = new HashMap<>();
              rows.forEach(row -> byImsi.put(row.getString(9), row));
              return byImsi;
            });
  }
}
