package org.reactivehss.tools.loadgen;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The flows of one connection ({@code --flow}), closed loop: {@code window} flows in progress, each
 * for a UE or IMS user of this connection's share of the IMSIs (so an IMSI always attaches through
 * the same MME and registers through the same S-CSCF peer, and the HSS never cancels a location on
 * another connection). When one ends, the next starts, for a subscriber not in a flow if there is
 * one. An IMS user whose registration completed re-registers {@code --reregister-seconds} later,
 * and again after each successful re-registration, besides the window.
 *
 * <p>Lives on its connection's event loop; nothing here is shared.
 */
final class FlowRunner {
  /** Sends {@code command} for subscriber {@code index} and returns the hop-by-hop id it used. */
  interface Sender {
    int send(Command command, int index, boolean reRegistration);
  }

  /** Runs {@code task} after {@code millis} on this event loop. */
  interface Scheduler {
    void after(long millis, Runnable task);
  }

  private final Flow.Kind kind;
  private final double detachSharePercent;
  private final long reregisterMillis;
  private final int connection;
  private final int connections;
  private final Sender sender;
  private final Scheduler scheduler;
  private final FlowCounters counters;
  private final Flow[] flowAt = new Flow[LoadConnection.RING];
  private final boolean[] busy;
  private final boolean[] reRegistering;
  private volatile boolean running = true;

  FlowRunner(
      LoadOptions options,
      int connection,
      Sender sender,
      Scheduler scheduler,
      FlowCounters counters) {
    this.kind = options.profile().flow();
    this.detachSharePercent = options.profile().detachSharePercent();
    this.reregisterMillis = options.profile().reregisterSeconds() * 1000L;
    this.connection = connection;
    this.connections = options.connections();
    this.sender = sender;
    this.scheduler = scheduler;
    this.counters = counters;
    int share = (options.subscribers() - 1 - connection) / connections + 1;
    this.busy = new boolean[share];
    this.reRegistering = new boolean[share];
  }

  void start(int window) {
    for (int i = 0; i < window; i++) {
      startNext();
    }
  }

  /** No flow starts after this; the ones in progress may still finish. */
  void stop() {
    running = false;
  }

  void onAnswer(int hopByHop, long resultCode) {
    int slot = hopByHop & (LoadConnection.RING - 1);
    Flow flow = flowAt[slot];
    if (flow == null) {
      return;
    }
    flowAt[slot] = null;
    Command next = flow.onAnswer(resultCode);
    if (next != null) {
      send(flow, next);
      return;
    }
    counters.finished(flow);
    int position = (flow.subscriber - connection) / connections;
    if (flow.kind == Flow.Kind.IMS_RE_REGISTRATION) {
      reRegistering[position] = flow.completed();
      scheduleReRegistration(flow, position);
      return;
    }
    busy[position] = false;
    scheduleReRegistration(flow, position);
    if (running) {
      startNext();
    }
  }

  private void scheduleReRegistration(Flow flow, int position) {
    if (flow.kind == Flow.Kind.ATTACH || !flow.completed() || reregisterMillis == 0) {
      return;
    }
    if (flow.kind == Flow.Kind.IMS_REGISTRATION && reRegistering[position]) {
      return; // already re-registering on its timer: one timer per user
    }
    reRegistering[position] = true;
    scheduler.after(
        reregisterMillis,
        () -> {
          if (running) {
            begin(Flow.imsReRegistration(flow.subscriber));
          } else {
            reRegistering[position] = false;
          }
        });
  }

  private void startNext() {
    int position = freePosition();
    busy[position] = true;
    int subscriber = connection + connections * position;
    begin(
        kind == Flow.Kind.ATTACH
            ? Flow.attach(
                subscriber, ThreadLocalRandom.current().nextDouble() * 100 < detachSharePercent)
            : Flow.imsRegistration(subscriber));
  }

  private void begin(Flow flow) {
    counters.started(flow.kind);
    send(flow, flow.current());
  }

  private void send(Flow flow, Command command) {
    int hopByHop = sender.send(command, flow.subscriber, flow.reRegistration());
    flowAt[hopByHop & (LoadConnection.RING - 1)] = flow;
  }

  /** A random position of the share not in a flow, or any when all are (window above share). */
  private int freePosition() {
    int start = ThreadLocalRandom.current().nextInt(busy.length);
    for (int i = 0; i < busy.length; i++) {
      int p = (start + i) % busy.length;
      if (!busy[p]) {
        return p;
      }
    }
    return start;
  }
}
