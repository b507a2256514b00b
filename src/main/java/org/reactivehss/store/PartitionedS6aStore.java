package org.reactivehss.store;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivehss.bus.Deadline;

/**
 * {@link S6aStore} over several databases: each call goes to the partition of its IMSI; an IMSI in
 * no range is answered as an unknown subscriber (null), so the MME gets 5001
 * DIAMETER_ERROR_USER_UNKNOWN as for any unknown IMSI (TS 29.272 §5.2.1.1.3).
 */
final class PartitionedS6aStore implements S6aStore {
  private final ImsiRouter<S6aStore> stores;

  PartitionedS6aStore(ImsiRouter<S6aStore> stores) {
    this.stores = stores;
  }

  @Override
  public Future<S6aProfile> profile(String imsi) {
    S6aStore store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.profile(imsi);
  }

  @Override
  public Future<LocationUpdate> updateLocation(LocationRequest request, Deadline deadline) {
    S6aStore store = stores.forImsi(request.imsi());
    return store == null ? Future.succeededFuture() : store.updateLocation(request, deadline);
  }

  @Override
  public Future<Void> dataCurrent(String imsi, ServingNode node, String host) {
    S6aStore store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.dataCurrent(imsi, node, host);
  }

  /** Every partition's nodes (N statements), each host and realm once. */
  @Override
  public Future<List<String[]>> registeredNodes() {
    List<Future<List<String[]>>> each =
        stores.all().stream().map(S6aStore::registeredNodes).toList();
    return Future.all(each)
        .map(
            done -> {
              Map<String, String[]> nodes = new LinkedHashMap<>();
              each.forEach(f -> f.result().forEach(n -> nodes.putIfAbsent(n[0] + "\n" + n[1], n)));
              return new ArrayList<>(nodes.values());
            });
  }

  @Override
  public Future<Purged> purge(String imsi, String host, Deadline deadline) {
    S6aStore store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.purge(imsi, host, deadline);
  }

  @Override
  public Future<Boolean> notify(
      String imsi, String host, String imei, String softwareVersion, Deadline deadline) {
    S6aStore store = stores.forImsi(imsi);
    return store == null
        ? Future.succeededFuture()
        : store.notify(imsi, host, imei, softwareVersion, deadline);
  }
}
