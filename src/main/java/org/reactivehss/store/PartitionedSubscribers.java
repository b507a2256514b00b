package org.reactivehss.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.reactivehss.events.SubscriberChanged;

/**
 * Provisioning over several databases: each subscriber is written to, read from and deleted in the
 * partition of its IMSI range, so its row, SQN and child rows exist in one database only. A create
 * for an IMSI in no range fails with {@link NoPartition} (400 naming "imsi"); a read, change or
 * delete of one is an unknown subscriber (404). Pages ask every partition and merge in IMSI order.
 */
final class PartitionedSubscribers implements SubscriberStore {
  private final ImsiRouter<SubscriberRepository> stores;

  PartitionedSubscribers(ImsiRouter<SubscriberRepository> stores) {
    this.stores = stores;
  }

  @Override
  public Future<SubscriberChanged> put(
      Subscriber subscriber, SqnOverride override, AuditEntry audit) {
    SubscriberRepository store = stores.forImsi(subscriber.imsi());
    return store == null
        ? Future.failedFuture(new NoPartition())
        : store.put(subscriber, override, audit);
  }

  @Override
  public Future<Void> analyze() {
    return Future.all(stores.all().stream().map(SubscriberRepository::analyze).toList()).mapEmpty();
  }

  /** Every partition holds the same keys (db.* and security.* apply to all), so any one seals. */
  @Override
  public SealedSubscriber seal(Subscriber subscriber) {
    return stores.all().get(0).seal(subscriber);
  }

  /**
   * The batch split by partition, each part written as one database writes a batch, all parts at
   * once; the outcomes put back in the batch's order. A line whose IMSI no range holds fails alone.
   */
  @Override
  public Future<List<SubscriberOutcome>> putSealed(
      List<SealedSubscriber> batch, SqnOverride override) {
    int partitions = stores.all().size();
    List<List<SealedSubscriber>> parts = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      parts.add(new ArrayList<>());
    }
    int[] owner = new int[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      owner[i] = stores.indexOf(batch.get(i).imsi());
      if (owner[i] >= 0) {
        parts.get(owner[i]).add(batch.get(i));
      }
    }
    List<Future<List<SubscriberOutcome>>> written = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      written.add(
          parts.get(p).isEmpty()
              ? Future.succeededFuture(List.of())
              : stores.all().get(p).putSealed(parts.get(p), override));
    }
    return Future.all(written)
        .map(
            done -> {
              int[] next = new int[partitions];
              List<SubscriberOutcome> outcomes = new ArrayList<>(batch.size());
              for (int i = 0; i < batch.size(); i++) {
                outcomes.add(
                    owner[i] < 0
                        ? SubscriberOutcome.failed(new NoPartition())
                        : written.get(owner[i]).result().get(next[owner[i]]++));
              }
              return outcomes;
            });
  }

  @Override
  public Future<JsonObject> get(String imsi) {
    SubscriberRepository store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.get(imsi);
  }

  @Override
  public Future<SubscriberChanged> delete(String imsi, AuditEntry audit) {
    SubscriberRepository store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.delete(imsi, audit);
  }

  /** Each partition's page after {@code cursor}, merged in IMSI order: N statements. */
  @Override
  public Future<JsonArray> page(String cursor, int limit, SubscriberSearch search) {
    List<Future<JsonArray>> pages =
        stores.all().stream().map(s -> s.page(cursor, limit, search)).toList();
    return Future.all(pages)
        .map(
            done -> {
              List<JsonObject> all = new ArrayList<>();
              pages.forEach(p -> p.result().forEach(d -> all.add((JsonObject) d)));
              all.sort(Comparator.comparing(d -> d.getString("imsi")));
              return new JsonArray(new ArrayList<>(all.subList(0, Math.min(limit, all.size()))));
            });
  }

  @Override
  public Future<SubscriberChanged> patch(
      String imsi,
      Function<JsonObject, Subscriber> change,
      SqnOverride override,
      AuditEntry audit) {
    SubscriberRepository store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.patch(imsi, change, override, audit);
  }
}
