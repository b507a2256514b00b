package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivehss.bus.Deadline;

/**
 * The Update-Locations of one event-loop context, written together (TS 29.272 §5.2.1.1.3): those
 * asked during a turn of the loop (or while two batches are in flight) are one transaction of three
 * statements whatever their number ({@link TurnBatch}), sent in two round trips, instead of one
 * transaction of three statements each. Those per-transaction statements, not the rows, were the
 * cost of every ULR (benchmarks/RESULTS.md "S6a ULR, 2026-11-28, commit 96eeec9"), and an attach
 * storm after an MME restart is all ULRs.
 *
 * <p>The transaction locks the subscribers' rows in IMSI order (so two loops' batches queue instead
 * of deadlocking), reads their profiles and APNs, asks each ULR's {@code admits} in arrival order,
 * and stores the serving MME or SGSN of the admitted ones ({@link ServingNodes}). The outcome is
 * what one transaction per ULR in arrival order gives: a second ULR for an IMSI in the same batch
 * sees the first one's node as the previous one, the last admitted MME and SGSN are stored, and
 * terminal information keeps the last value given. Every ULR of a batch completes once the batch
 * has committed. Use from its context only.
 */
final class LocationUpdates {
  private static final int MAX_BATCH = 128;

  /**
   * Transactions of one loop in the database at once; the ULRs that arrive meanwhile gather into
   * the next one, so batches grow with the load (two loops: up to 4 of the pool's connections).
   */
  private static final int MAX_IN_FLIGHT = 2;

  private static final String LOCK_AND_READ =
      "SELECT imsi, "
          + PgS6aStore.PROFILE_COLUMNS
          + " FROM subscribers WHERE imsi = ANY($1) ORDER BY imsi FOR UPDATE";
  private static final String APNS =
      "SELECT imsi, "
          + PgS6aStore.APN_COLUMNS
          + " FROM subscriber_apns WHERE imsi = ANY($1) ORDER BY imsi, context_id";

  /**
   * The final state of each written subscriber: hosts, realms and data-current flags as decided;
   * since, purge flag and SGSN-Number change only for a node registered again (or withdrawn).
   */
  private static final String REGISTER_MANY =
      "UPDATE subscribers s SET serving_mme_host = u.mme_host, serving_mme_realm = u.mme_realm, "
          + "serving_mme_since = CASE WHEN u.mme_new THEN now() ELSE s.serving_mme_since END, "
          + "purged_by_mme = CASE WHEN u.mme_new THEN false ELSE s.purged_by_mme END, "
          + "serving_sgsn_host = u.sgsn_host, serving_sgsn_realm = u.sgsn_realm, "
          + "serving_sgsn_since = CASE WHEN u.sgsn_host IS NULL THEN NULL "
          + "WHEN u.sgsn_new THEN now() ELSE s.serving_sgsn_since END, "
          + "serving_sgsn_number = CASE WHEN u.sgsn_host IS NULL THEN NULL "
          + "WHEN u.sgsn_new THEN u.sgsn_number ELSE s.serving_sgsn_number END, "
          + "purged_by_sgsn = CASE WHEN u.sgsn_host IS NULL OR u.sgsn_new THEN false "
          + "ELSE s.purged_by_sgsn END, "
          + "mme_data_current = u.mme_current, sgsn_data_current = u.sgsn_current, "
          + "imei = COALESCE(u.imei, s.imei), software_version = COALESCE(u.sv, s.software_version) "
          + "FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[], "
          + "$7::boolean[], $8::bytea[], $9::boolean[], $10::boolean[], $11::text[], $12::text[]) "
          + "AS u(imsi, mme_host, mme_realm, mme_new, sgsn_host, sgsn_realm, sgsn_new, sgsn_number, "
          + "mme_current, sgsn_current, imei, sv) WHERE s.imsi = u.imsi";

  private record Pending(
      LocationRequest request, Promise<LocationUpdate> outcome, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      outcome.tryFail(failure);
    }
  }

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  LocationUpdates(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, MAX_IN_FLIGHT, budget, this::send);
  }

  /** Completes with null when the subscriber is unknown. */
  Future<LocationUpdate> update(LocationRequest request, Deadline deadline) {
    Promise<LocationUpdate> outcome = Promise.promise();
    batch.add(new Pending(request, outcome, deadline));
    return outcome.future();
  }

  private Future<?> send(List<Pending> batch) {
    String[] imsis = batch.stream().map(p -> p.request().imsi()).distinct().toArray(String[]::new);
    return pool.withConnection(conn -> decide(conn, imsis, batch))
        .onFailure(failure -> batch.forEach(p -> p.outcome().tryFail(failure)))
        .onSuccess(
            outcomes -> {
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().tryComplete(outcomes.get(i));
              }
            });
  }

  /**
   * One transaction in two round trips: {@code BEGIN}, the lock-and-read and the APN read go out
   * together, and so do the update and {@code COMMIT}. The server runs them in order (the APNs are
   * read once the rows are locked, as if each waited for the last), but the batch waits for the
   * database twice instead of five times, and holds its rows' locks over one round trip instead of
   * three: on a busy machine every round trip is a wake-up of the event loop and of the backend.
   * Any failure rolls back before the connection goes back to the pool ({@code COMMIT} after a
   * failed update rolls back too, and the update's failure is what the ULRs get).
   */
  private static Future<List<LocationUpdate>> decide(
      SqlConnection conn, String[] imsis, List<Pending> batch) {
    Tuple byImsis = Tuple.tuple().addArrayOfString(imsis);
    Future<?> begin = conn.query("BEGIN").execute();
    Future<RowSet<Row>> locked = conn.preparedQuery(LOCK_AND_READ).execute(byImsis);
    Future<RowSet<Row>> apnRows = conn.preparedQuery(APNS).execute(byImsis);
    return Future.all(begin, locked, apnRows)
        .compose(
            read -> {
              Map<String, ServingNodes> writes = new LinkedHashMap<>();
              List<LocationUpdate> outcomes =
                  outcomes(locked.result(), apnRows.result(), batch, writes);
              Future<?> write =
                  writes.isEmpty()
                      ? Future.succeededFuture()
                      : conn.preparedQuery(REGISTER_MANY).execute(registerArgs(writes));
              Future<?> commit = conn.query("COMMIT").execute();
              return Future.all(write, commit).map(done -> outcomes);
            })
        .recover(
            failure ->
                conn.query("ROLLBACK")
                    .execute()
                    .transform(rolledBack -> Future.failedFuture(failure)));
  }

  /**
   * Each ULR decided in arrival order on the locked rows; the serving nodes to store go into {@code
   * writes}.
   */
  private static List<LocationUpdate> outcomes(
      RowSet<Row> rows,
      RowSet<Row> apnRows,
      List<Pending> batch,
      Map<String, ServingNodes> writes) {
    Map<String, List<Subscriber.Apn>> apns = new HashMap<>();
    apnRows.forEach(
        a ->
            apns.computeIfAbsent(a.getString(0), imsi -> new ArrayList<>())
                .add(PgS6aStore.apn(a, 1)));
    Map<String, S6aProfile> profiles = new HashMap<>();
    Map<String, ServingNodes> serving = new LinkedHashMap<>();
    for (Row s : rows) {
      String imsi = s.getString(0);
      profiles.put(imsi, PgS6aStore.profile(imsi, s, 1, apns.getOrDefault(imsi, List.of())));
      serving.put(imsi, ServingNodes.of(s, 1));
    }
    List<LocationUpdate> outcomes = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      LocationRequest r = p.request();
      S6aProfile profile = profiles.get(r.imsi());
      outcomes.add(profile == null ? null : serving.get(r.imsi()).apply(r, profile));
    }
    serving.forEach(
        (imsi, n) -> {
          if (n.mmeRegistered || n.sgsnRegistered) {
            writes.put(imsi, n);
          }
        });
    return outcomes;
  }

  private static Tuple registerArgs(Map<String, ServingNodes> writes) {
    List<ServingNodes> v = new ArrayList<>(writes.values());
    return Tuple.tuple()
        .addArrayOfString(writes.keySet().toArray(String[]::new))
        .addArrayOfString(v.stream().map(n -> n.mmeHost).toArray(String[]::new))
        .addArrayOfString(v.stream().map(n -> n.mmeRealm).toArray(String[]::new))
        .addArrayOfBoolean(v.stream().map(n -> n.mmeRegistered).toArray(Boolean[]::new))
        .addArrayOfString(v.stream().map(n -> n.sgsnHost).toArray(String[]::new))
        .addArrayOfString(v.stream().map(n -> n.sgsnRealm).toArray(String[]::new))
        .addArrayOfBoolean(v.stream().map(n -> n.sgsnRegistered).toArray(Boolean[]::new))
        .addArrayOfBuffer(
            v.stream()
                .map(n -> n.sgsnNumber == null ? null : Buffer.buffer(n.sgsnNumber))
                .toArray(Buffer[]::new))
        .addArrayOfBoolean(v.stream().map(n -> n.mmeCurrent).toArray(Boolean[]::new))
        .addArrayOfBoolean(v.stream().map(n -> n.sgsnCurrent).toArray(Boolean[]::new))
        .addArrayOfString(v.stream().map(n -> n.imei).toArray(String[]::new))
        .addArrayOfString(v.stream().map(n -> n.softwareVersion).toArray(String[]::new));
  }

  /** One Update-Location in its own transaction (off an event loop): a batch of one. */
  static Future<LocationUpdate> once(Pool pool, LocationRequest request) {
    Pending alone = new Pending(request, Promise.promise(), Deadline.NONE);
    return pool.withConnection(conn -> decide(conn, new String[] {request.imsi()}, List.of(alone)))
        .map(outcomes -> outcomes.get(0));
  }
}
