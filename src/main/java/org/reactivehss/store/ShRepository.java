package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.reactivehss.bus.Deadline;

/**
 * Repository data in PostgreSQL (TS 29.328 §7.6.1), written under the Sequence-Number rules of
 * §6.1.2.1 whether the write comes from a PUR or from the provisioning API:
 *
 * <ul>
 *   <li>an item that is not stored is created only with sequence number 0;
 *   <li>a stored item is changed or removed only with the stored number plus one, where 65535 is
 *       followed by 1 (0 marks creation only);
 *   <li>anything else is {@link Write#OUT_OF_SYNC} (5105
 *       DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC) and changes nothing;
 *   <li>removing an item that is not stored changes nothing and succeeds ({@link Write#ABSENT}).
 * </ul>
 *
 * Each write is one transaction that locks the item's row, so two ASs writing the same number race
 * to one winner and one 5105.
 */
public final class ShRepository {
  /** The owner of an identity: an IMPU's subscriber, else the subscriber with that MSISDN. */
  private static final String OWNER =
      "COALESCE((SELECT imsi FROM ims_public_identities WHERE impu = $1),"
          + " (SELECT imsi FROM subscribers WHERE msisdn = $1 ORDER BY imsi LIMIT 1))";

  private static final String READ =
      "SELECT service_indication, sequence_number, service_data FROM sh_repository_data"
          + " WHERE identity = $1 AND service_indication = ANY($2::text[]) ORDER BY service_indication";
  private static final String LOCK =
      "SELECT sequence_number FROM sh_repository_data"
          + " WHERE identity = $1 AND service_indication = $2 FOR UPDATE";
  private static final String CREATE =
      "INSERT INTO sh_repository_data (identity, service_indication, imsi, sequence_number,"
          + " service_data) SELECT $1, $2, o.imsi, $3, $4 FROM (SELECT "
          + OWNER
          + " AS imsi) o WHERE o.imsi IS NOT NULL ON CONFLICT DO NOTHING RETURNING imsi";
  private static final String UPDATE =
      "UPDATE sh_repository_data SET sequence_number = $3, service_data = $4, updated_at = now()"
          + " WHERE identity = $1 AND service_indication = $2 RETURNING imsi";
  private static final String DELETE =
      "DELETE FROM sh_repository_data WHERE identity = $1 AND service_indication = $2"
          + " RETURNING imsi";

  /** The highest Sequence-Number (TS 29.328 §7.6.1: 0 to 65535). */
  public static final int MAX_SEQUENCE = 65535;

  /** What a write did. */
  public enum Write {
    CREATED,
    UPDATED,
    DELETED,
    /** Removal of an item that was not stored: nothing to do. */
    ABSENT,
    /** The sequence number was not the expected one: nothing was changed. */
    OUT_OF_SYNC,
    /** The identity belongs to no subscriber. */
    UNKNOWN_IDENTITY
  }

  /** A write's outcome, and the subscriber the identity belongs to when it changed anything. */
  public record Written(Write write, String imsi) {}

  private final Pool pool;
  private final long timeoutMs;

  public ShRepository(Storage storage) {
    this.pool = storage.pool();
    this.timeoutMs = storage.options().statementTimeoutMs();
  }

  /** The number that must follow {@code stored} (§6.1.2.1: after 65535 comes 1). */
  public static int next(int stored) {
    return stored >= MAX_SEQUENCE ? 1 : stored + 1;
  }

  /** The stored item, or null. */
  public Future<ShRepositoryItem> get(String identity, String serviceIndication) {
    return read(identity, List.of(serviceIndication), Deadline.NONE)
        .map(items -> items.isEmpty() ? null : items.get(0));
  }

  /** The stored items of {@code identity} among {@code serviceIndications}. */
  public Future<List<ShRepositoryItem>> read(
      String identity, List<String> serviceIndications, Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.preparedQuery(READ)
            .execute(Tuple.of(identity, (Object) serviceIndications.toArray(String[]::new)))
            .map(
                rows -> {
                  List<ShRepositoryItem> items = new ArrayList<>();
                  for (Row row : rows) {
                    items.add(
                        new ShRepositoryItem(
                            row.getString(0), row.getInteger(1), row.getString(2)));
                  }
                  return items;
                }));
  }

  /**
   * Writes {@code serviceData} under {@code sequenceNumber}; {@code serviceData} null removes the
   * item.
   */
  public Future<Written> write(
      String identity,
      String serviceIndication,
      int sequenceNumber,
      String serviceData,
      Deadline deadline) {
    if (deadline.passed()) {
      return Future.failedFuture(StoreErrors.deadlinePassed());
    }
    return bounded(
        pool.withTransaction(
            conn ->
                conn.preparedQuery(LOCK)
                    .execute(Tuple.of(identity, serviceIndication))
                    .compose(
                        rows -> {
                          Integer stored =
                              rows.size() == 0 ? null : rows.iterator().next().getInteger(0);
                          return apply(
                              conn,
                              identity,
                              serviceIndication,
                              stored,
                              sequenceNumber,
                              serviceData);
                        })));
  }

  private static Future<Written> apply(
      SqlConnection conn,
      String identity,
      String serviceIndication,
      Integer stored,
      int sequenceNumber,
      String serviceData) {
    if (stored == null) {
      if (serviceData == null) {
        return Future.succeededFuture(new Written(Write.ABSENT, null));
      }
      if (sequenceNumber != 0) {
        return Future.succeededFuture(new Written(Write.OUT_OF_SYNC, null));
      }
      return conn.preparedQuery(CREATE)
          .execute(Tuple.of(identity, serviceIndication, 0, serviceData))
          .compose(
              rows ->
                  rows.size() > 0
                      ? Future.succeededFuture(
                          new Written(Write.CREATED, rows.iterator().next().getString(0)))
                      : conn.preparedQuery(LOCK)
                          .execute(Tuple.of(identity, serviceIndication))
                          .map(
                              again ->
                                  new Written(
                                      again.size() > 0 ? Write.OUT_OF_SYNC : Write.UNKNOWN_IDENTITY,
                                      null)));
    }
    if (sequenceNumber != next(stored)) {
      return Future.succeededFuture(new Written(Write.OUT_OF_SYNC, null));
    }
    if (serviceData == null) {
      return conn.preparedQuery(DELETE)
          .execute(Tuple.of(identity, serviceIndication))
          .map(rows -> new Written(Write.DELETED, rows.iterator().next().getString(0)));
    }
    return conn.preparedQuery(UPDATE)
        .execute(Tuple.of(identity, serviceIndication, sequenceNumber, serviceData))
        .map(rows -> new Written(Write.UPDATED, rows.iterator().next().getString(0)));
  }

  private <T> Future<T> bounded(Future<T> work) {
    return work.timeout(timeoutMs, TimeUnit.MILLISECONDS)
        .recover(failure -> Future.failedFuture(StoreErrors.map(failure)));
  }
}
