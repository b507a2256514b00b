package org.reactivehss.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.reactivehss.bus.Deadline;

/**
 * The EIR checks of one event loop, gathered per turn ({@link TurnBatch}) and sent as one
 * transaction: {@link EirStore#CHECK} once per check, pipelined ({@code executeBatch}), one commit
 * for all. Each check keeps its own statement, so its outcome is exactly what it would be alone, in
 * arrival order (a later check of the same IMEI sees the earlier one's log row). What the batch
 * saves is the commit (a WAL flush) per check. Use from its context only ({@link EirStore} keeps
 * one per context).
 */
final class EirChecks {
  private static final int MAX_BATCH = 256;
  private static final int MAX_IN_FLIGHT = 2;

  private record Pending(Tuple params, Deadline deadline, Promise<EquipmentStatus> status)
      implements TurnBatch.Item {
    @Override
    public void fail(Throwable failure) {
      status.tryFail(failure);
    }
  }

  private final Pool pool;
  private final TurnBatch<Pending> batch;

  EirChecks(Context context, Pool pool, QueueBudget budget) {
    this.pool = pool;
    this.batch = new TurnBatch<>(context, MAX_BATCH, MAX_IN_FLIGHT, budget, this::send);
  }

  Future<EquipmentStatus> check(Tuple params, Deadline deadline) {
    Promise<EquipmentStatus> status = Promise.promise();
    batch.add(new Pending(params, deadline, status));
    return status.future();
  }

  private Future<?> send(List<Pending> checks) {
    List<Tuple> params = new ArrayList<>(checks.size());
    checks.forEach(c -> params.add(c.params()));
    return pool.withTransaction(conn -> conn.preparedQuery(EirStore.CHECK).executeBatch(params))
        .onSuccess(
            rows -> {
              RowSet<Row> each = rows;
              for (Pending c : checks) {
                c.status().tryComplete(status(each));
                each = each.next();
              }
            })
        .onFailure(failure -> checks.forEach(c -> c.fail(failure)));
  }

  static EquipmentStatus status(RowSet<Row> rows) {
    Short status = rows.iterator().next().getShort(0);
    return status == null ? null : EquipmentStatus.values()[status];
  }
}
