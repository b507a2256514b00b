package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.reactivehss.events.SubscriberChanged;

/**
 * What the provisioning API does with subscribers. {@link SubscriberRepository} is one database's
 * (its documentation has the details of each call); {@link PartitionedSubscribers} writes each
 * subscriber to the database of its IMSI range (docs/scale-out.md).
 */
public interface SubscriberStore {

  /** Creates or replaces, writing {@code audit} (when not null) in the same transaction. */
  Future<SubscriberChanged> put(Subscriber subscriber, SqnOverride override, AuditEntry audit);

  /** {@code subscriber} with its keys sealed, for {@link #putSealed}. CPU only, no I/O. */
  SealedSubscriber seal(Subscriber subscriber);

  /** Creates or replaces each of {@code batch}; one outcome per subscriber in list order. */
  Future<List<SubscriberOutcome>> putSealed(List<SealedSubscriber> batch, SqnOverride override);

  /**
   * Refreshes PostgreSQL's statistics of the subscriber tables, after a bulk load. Until autovacuum
   * gets to them (up to a minute or more later), the planner still sees the tables as they were
   * before the load, and may plan the batched statements of the request path with sequential scans
   * of a hundred thousand rows or more (PostgreSQL documentation, "Populating a Database": run
   * ANALYZE afterwards).
   */
  Future<Void> analyze();

  /** The subscriber's document without key material, or null when unknown. */
  Future<JsonObject> get(String imsi);

  /** Deletes; completes with the change, or null when unknown. */
  Future<SubscriberChanged> delete(String imsi, AuditEntry audit);

  /** Up to {@code limit} documents with IMSI after {@code cursor}, in IMSI order. */
  Future<JsonArray> page(String cursor, int limit, SubscriberSearch search);

  /** Read-modify-write under the row lock; null when the subscriber is unknown. */
  Future<SubscriberChanged> patch(
      String imsi, Function<JsonObject, Subscriber> change, SqnOverride override, AuditEntry audit);
}
