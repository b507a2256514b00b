package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.reactivehss.bus.Deadline;

/**
 * The Update-Locations of one event-loop context, written together (TS 29.272 §5.2.1.1.3): those
 * asked during a turn of the loop (or while two batches are in flight) are one transaction of three
 * statements whatever their number ({@link TurnBatch}), instead of one transaction of three
 * statements each. Those per-transaction statements, not the rows, were the cost of every ULR
 * (benchmarks/RESULTS.md "S6a ULR, 2026-11-28, commit 96eeec9"), and an attach storm after an MME
 * restart is all ULRs.
 *
 * <p>The transaction locks the subscribers' rows in IMSI order (so two loops' batches queue instead
 * of deadlocking), reads their profiles and APNs, asks each ULR's {@code admits} in arrival order,
 * and stores the serving MME of the admitted ones. The outcome is what one transaction per ULR in
 * arrival order gives: a second ULR for an IMSI in the same batch sees the first one's MME as the
 * previous one, the last admitted MME is stored, and terminal information keeps the last value
 * given. Every ULR of a batch completes once the batch has committed. Use from its context only.
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
          + S6aStore.PROFILE_COLUMNS
          + " FROM subscribers WHERE imsi = ANY($1) ORDER BY imsi FOR UPDATE";
  private static final String APNS =
      "SELECT imsi, "
          + S6aStore.APN_COLUMNS
          + " FROM subscriber_apns WHERE imsi = ANY($1) ORDER BY imsi, context_id";
  private static final String REGISTER_MANY =
      "UPDATE subscribers s SET serving_mme_host = u.host, "
          + "serving_mme_realm = u.realm, serving_mme_since = now(), purged_by_mme = false, "
          + "imei = COALESCE(u.imei, s.imei), software_version = COALESCE(u.sv, s.software_version) "
          + "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(imsi, host, realm, imei, sv) "
          + "WHERE s.imsi = u.imsi";

  record Request(
      String imsi,
      String host,
      String realm,
      String imei,
      String softwareVersion,
      Predicate<S6aProfile> admits) {}

  private record Pending(Request request, Promise<LocationUpdate> outcome, Deadline deadline)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      outcome.tryFail(failure);
    }
  }

  /**
   * What the batch will store for one IMSI: the last admitted MME, the last terminal information.
   */
  private static final class Registration {
    String host;
    String realm;
    String imei;
    String softwareVersion;
  }

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  LocationUpdates(Context context, Pool pool) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, MAX_IN_FLIGHT, this::send);
  }

  /** Completes with null when the subscriber is unknown. */
  Future<LocationUpdate> update(Request request, Deadline deadline) {
    Promise<LocationUpdate> outcome = Promise.promise();
    batch.add(new Pending(request, outcome, deadline));
    return outcome.future();
  }

  private Future<?> send(List<Pending> batch) {
    String[] imsis = batch.stream().map(p -> p.request().imsi()).distinct().toArray(String[]::new);
    return pool.withTransaction(conn -> decide(conn, imsis, batch))
        .onFailure(failure -> batch.forEach(p -> p.outcome().tryFail(failure)))
        .onSuccess(
            outcomes -> {
              for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().tryComplete(outcomes.get(i));
              }
            });
  }

  /**
   * In the transaction: lock and read, decide each ULR in arrival order, store the admitted ones.
   */
  private static Future<List<LocationUpdate>> decide(
      SqlConnection conn, String[] imsis, List<Pending> batch) {
    Tuple byImsis = Tuple.tuple().addArrayOfString(imsis);
    return conn.preparedQuery(LOCK_AND_READ)
        .execute(byImsis)
        .compose(
            rows ->
                conn.preparedQuery(APNS)
                    .execute(byImsis)
                    .compose(
                        apnRows -> {
                          Map<String, List<Subscriber.Apn>> apns = new HashMap<>();
                          apnRows.forEach(
                              a ->
                                  apns.computeIfAbsent(a.getString(0), imsi -> new ArrayList<>())
                                      .add(S6aStore.apn(a, 1)));
                          Map<String, S6aProfile> profiles = new HashMap<>();
                          Map<String, String[]> serving = new HashMap<>();
                          for (Row s : rows) {
                            String imsi = s.getString(0);
                            profiles.put(
                                imsi,
                                S6aStore.profile(imsi, s, 1, apns.getOrDefault(imsi, List.of())));
                            serving.put(
                                imsi,
                                new String[] {
                                  S6aStore.servingHost(s, 1), S6aStore.servingRealm(s, 1)
                                });
                          }
                          List<LocationUpdate> outcomes = new ArrayList<>(batch.size());
                          Map<String, Registration> writes = new LinkedHashMap<>();
                          for (Pending p : batch) {
                            Request r = p.request();
                            S6aProfile profile = profiles.get(r.imsi());
                            if (profile == null) {
                              outcomes.add(null);
                              continue;
                            }
                            String[] previous = serving.get(r.imsi());
                            boolean admitted = r.admits().test(profile);
                            outcomes.add(
                                new LocationUpdate(profile, admitted, previous[0], previous[1]));
                            if (admitted) {
                              serving.put(r.imsi(), new String[] {r.host(), r.realm()});
                              Registration w =
                                  writes.computeIfAbsent(r.imsi(), imsi -> new Registration());
                              w.host = r.host();
                              w.realm = r.realm();
                              w.imei = r.imei() != null ? r.imei() : w.imei;
                              w.softwareVersion =
                                  r.softwareVersion() != null
                                      ? r.softwareVersion()
                                      : w.softwareVersion;
                            }
                          }
                          return writes.isEmpty()
                              ? Future.succeededFuture(outcomes)
                              : conn.preparedQuery(REGISTER_MANY)
                                  .execute(registerArgs(writes))
                                  .map(done -> outcomes);
                        }));
  }

  private static Tuple registerArgs(Map<String, Registration> writes) {
    List<Registration> values = new ArrayList<>(writes.values());
    return Tuple.tuple()
        .addArrayOfString(writes.keySet().toArray(String[]::new))
        .addArrayOfString(values.stream().map(w -> w.host).toArray(String[]::new))
        .addArrayOfString(values.stream().map(w -> w.realm).toArray(String[]::new))
        .addArrayOfString(values.stream().map(w -> w.imei).toArray(String[]::new))
        .addArrayOfString(values.stream().map(w -> w.softwareVersion).toArray(String[]::new));
  }
}
