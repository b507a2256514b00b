package org.reactivehss.store;

import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Gathers the items added during one turn of an event loop and hands them to {@code send} at the end
 * of that turn, at most {@code maxBatch} at a time. Under load a turn carries several requests, so
 * PostgreSQL pays its per-statement costs once for all of them; an item that finds the loop idle waits
 * for nothing. Use from its context only.
 */
final class TurnBatch<T> {
  private final Context context;
  private final int maxBatch;
  private final Consumer<List<T>> send;
  private List<T> queue = new ArrayList<>();
  private boolean flushScheduled;

  TurnBatch(Context context, int maxBatch, Consumer<List<T>> send) {
    this.context = context;
    this.maxBatch = maxBatch;
    this.send = send;
  }

  void add(T item) {
    queue.add(item);
    if (!flushScheduled) {
      flushScheduled = true;
      // items of this event-loop turn join the batch; it leaves at the end of the turn
      context.runOnContext(turnEnded -> flush());
    }
  }

  private void flush() {
    flushScheduled = false;
    List<T> all = queue;
    queue = new ArrayList<>();
    for (int from = 0; from < all.size(); from += maxBatch) {
      send.accept(all.subList(from, Math.min(all.size(), from + maxBatch)));
    }
  }
}
