package org.reactivehss.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.function.Function;
import org.reactivehss.bus.Deadline;

/**
 * {@link ImsStore} over several databases. A call naming the subscriber's IMSI goes to its
 * partition; an IMPI of the form {@code <IMSI>@realm} (TS 23.003 §13.3, the IMPI derived from the
 * IMSI) too. Other identities are looked up in every partition at once, the first one that knows
 * them answering: N statements instead of one (docs/scale-out.md). An IMSI in no range is unknown
 * (Experimental-Result 5001, TS 29.228 §6.1.1.1).
 */
final class PartitionedImsStore implements ImsStore {
  private final ImsiRouter<ImsStore> stores;

  PartitionedImsStore(ImsiRouter<ImsStore> stores) {
    this.stores = stores;
  }

  @Override
  public Future<ImsLookup> byIdentities(String impi, String impu, Deadline deadline) {
    int at = impi == null ? -1 : impi.indexOf('@');
    if (at >= ImsiRange.DIGITS - 1 && ImsiRange.number(impi.substring(0, at)) >= 0) {
      ImsStore store = stores.forImsi(impi.substring(0, at));
      return store == null
          ? Future.succeededFuture(ImsLookup.unknown())
          : store.byIdentities(impi, impu, deadline);
    }
    return firstKnown(store -> store.byIdentities(impi, impu, deadline));
  }

  @Override
  public Future<ImsLookup> byPublicIdentity(String impu, Deadline deadline) {
    return firstKnown(store -> store.byPublicIdentity(impu, deadline));
  }

  /**
   * Asks every partition; the first answer in configuration order that is not UNKNOWN wins. Any
   * partition failing fails the lookup only when none knew the identity (a partition that is down
   * must not make another's subscriber unknown, nor an unknown identity look found).
   */
  private Future<ImsLookup> firstKnown(Function<ImsStore, Future<ImsLookup>> lookup) {
    List<Future<ImsLookup>> each = stores.all().stream().map(lookup).toList();
    return Future.join(each)
        .transform(
            done -> {
              Throwable failure = null;
              for (Future<ImsLookup> f : each) {
                if (f.succeeded() && f.result().outcome() != ImsLookup.Outcome.UNKNOWN) {
                  return Future.succeededFuture(f.result());
                }
                if (f.failed() && failure == null) {
                  failure = f.cause();
                }
              }
              return failure == null
                  ? Future.succeededFuture(ImsLookup.unknown())
                  : Future.failedFuture(failure);
            });
  }

  @Override
  public Future<Void> storeAuthenticatingServer(String imsi, String serverName, Deadline deadline) {
    ImsStore store = stores.forImsi(imsi);
    return store == null
        ? Future.succeededFuture()
        : store.storeAuthenticatingServer(imsi, serverName, deadline);
  }

  @Override
  public Future<Void> assign(
      String imsi, RegistrationState state, String scscfName, Deadline deadline) {
    ImsStore store = stores.forImsi(imsi);
    return store == null
        ? Future.succeededFuture()
        : store.assign(imsi, state, scscfName, deadline);
  }

  @Override
  public Future<Void> abandonPendingAuthentication(String imsi, Deadline deadline) {
    ImsStore store = stores.forImsi(imsi);
    return store == null
        ? Future.succeededFuture()
        : store.abandonPendingAuthentication(imsi, deadline);
  }

  @Override
  public Future<Deregistered> deregister(String imsi) {
    ImsStore store = stores.forImsi(imsi);
    return store == null ? Future.succeededFuture() : store.deregister(imsi);
  }
}
