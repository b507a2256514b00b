package org.reactivehss.tools.loadgen;

import io.netty.buffer.Unpooled;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetClient;
import java.net.InetAddress;
import java.util.concurrent.ThreadLocalRandom;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterFrameDecoder;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;

/**
 * One load connection on one event loop: CER, then either a closed loop that keeps {@code window}
 * requests outstanding, or an open loop that sends its share of {@code rate} on a 1 ms timer
 * whatever the answers do, or {@code window} flows ({@link FlowRunner}); each request is timed by
 * its hop-by-hop identifier, in open loop from the time its schedule says it was due ({@link
 * OpenLoopSchedule}). Flows, mixed profiles and resync AIRs also remember each request's command,
 * subscriber and SQN_MS by hop-by-hop id, for the per-command figures ({@link CommandStats}) and
 * the vector check ({@link VectorCheck}).
 */
final class LoadConnection {
  /**
   * Send times by hop-by-hop id; a request outstanding longer than this many newer ones is lost.
   */
  static final int RING = 1 << 16;

  private final LoadOptions options;
  private final String originHost;
  private final LatencyRecorders latencies;
  private final LoadCounters counters;

  /** When each outstanding request was due (open loop) or sent (closed loop), by hop-by-hop id. */
  private final long[] dueAtNanos = new long[RING];

  private final long[] sentAtNanos = new long[RING];

  /** The IMSI of each outstanding request, by hop-by-hop id, when answers are recorded. */
  private final String[] imsiAt;

  private final AnswerLog log;
  private final RequestTemplate template;
  private final double perSecond;

  /** Null unless flows, a mix or resync AIRs: then the requests come from here. */
  private final ProfileRequests profileRequests;

  private final Command[] commandAt;
  private final int[] subscriberAt;
  private final long[] sqnMsAt;
  private final CommandStats stats;
  private final VectorCheck vectors;
  private final FlowRunner flows;
  private final Mix mix;
  private Vertx vertx;
  private OpenLoopSchedule schedule;

  /** The due time of the request being sent, taken from the schedule in open loop. */
  private long dueNanos;

  private NetSocketInternal socket;
  private int nextHopByHop;
  private volatile boolean running = true;

  LoadConnection(
      LoadOptions options,
      int index,
      LatencyRecorders latencies,
      LoadCounters counters,
      CommandStats stats,
      FlowCounters flowCounters,
      VectorCheck vectors) {
    this.options = options;
    this.originHost = options.originPrefix() + "-" + index + ".localdomain";
    this.latencies = latencies;
    this.counters = counters;
    this.template = new RequestTemplate(options, originHost, index);
    this.perSecond = options.rate() / (double) options.connections();
    this.log = options.recording() ? new AnswerLog(options) : null;
    this.imsiAt = options.recording() ? new String[RING] : null;
    ProfileOptions profile = options.profile();
    boolean perRequest = profile.active() || profile.resyncSharePercent() > 0;
    this.profileRequests = perRequest ? new ProfileRequests(options, originHost) : null;
    this.commandAt = perRequest ? new Command[RING] : null;
    this.subscriberAt = perRequest ? new int[RING] : null;
    this.sqnMsAt = perRequest ? new long[RING] : null;
    this.stats = stats;
    this.vectors = vectors;
    this.mix = profile.mix();
    this.flows =
        profile.flow() == null
            ? null
            : new FlowRunner(
                options,
                index,
                this::send,
                (millis, task) -> vertx.setTimer(millis, id -> task.run()),
                flowCounters);
  }

  /** The recorded answers, or null when not recording; read once the event loops have stopped. */
  AnswerLog log() {
    return log;
  }

  Future<Void> start(NetClient client) {
    Promise<Void> opened = Promise.promise();
    client
        .connect(options.port(), options.host())
        .onComplete(
            ar -> {
              if (ar.failed()) {
                opened.fail(ar.cause());
                return;
              }
              socket = (NetSocketInternal) ar.result();
              socket
                  .channelHandlerContext()
                  .pipeline()
                  .addBefore("handler", "diameter", new DiameterFrameDecoder(1 << 20));
              // the requests of one timer tick (open loop) or one read (closed loop) share a write
              // system call,
              // so the generator spends less of the machine it shares with the HSS
              socket
                  .channelHandlerContext()
                  .pipeline()
                  .addBefore(
                      "diameter", "flush-consolidation", new FlushConsolidationHandler(256, true));
              socket.messageHandler(m -> onMessage(m, opened));
              socket.closeHandler(v -> opened.tryFail("connection closed by the HSS"));
              socket.writeMessage(Unpooled.wrappedBuffer(cer()));
            });
    return opened.future();
  }

  void stop() {
    running = false;
    if (flows != null) {
      flows.stop();
    }
  }

  private void onMessage(Object framed, Promise<Void> opened) {
    if (!(framed instanceof DecodeResult r) || r.message() == null) {
      counters.malformed.increment();
      socket.close();
      return;
    }
    DiameterMessage m = r.message();
    if (m.commandCode() == BaseCommands.CAPABILITIES_EXCHANGE.code()) {
      if (m.resultCode() != 2001) {
        opened.tryFail("CEA result " + m.resultCode());
        return;
      }
      opened.tryComplete();
      vertx = Vertx.currentContext().owner();
      if (flows != null) {
        flows.start(options.window());
      } else if (options.openLoop()) {
        schedule = new OpenLoopSchedule(System.nanoTime(), perSecond);
        vertx.setPeriodic(
            1,
            timer -> {
              if (running) {
                sendOwed();
              } else {
                vertx.cancelTimer(timer);
              }
            });
      } else {
        for (int i = 0; i < options.window(); i++) {
          sendOne();
        }
      }
      return;
    }
    if (m.isRequest()) {
      // DWR after silence, or a CLR/IDR: answered like an MME would, so that nothing waits on us
      socket.writeMessage(
          Unpooled.wrappedBuffer(
              MessageBuilder.answer(m)
                  .addCopy(m.first(BaseAvps.SESSION_ID))
                  .add(BaseAvps.RESULT_CODE, 2001L)
                  .add(BaseAvps.ORIGIN_HOST, originHost)
                  .add(BaseAvps.ORIGIN_REALM, "localdomain")
                  .build()));
      return;
    }
    int slot = m.hopByHopId() & (RING - 1);
    long now = System.nanoTime();
    long micros = Math.max(1, (now - dueAtNanos[slot]) / 1000);
    latencies.answers.record(micros);
    latencies.fromSend.record(Math.max(1, (now - sentAtNanos[slot]) / 1000));
    long resultCode = m.resultCode();
    counters.count(resultCode);
    if (log != null) {
      log.add(System.currentTimeMillis(), resultCode, imsiAt[slot], m);
    }
    if (commandAt != null && commandAt[slot] != null) {
      Command command = commandAt[slot];
      stats.record(command, micros, resultCode, m.isExperimentalResult());
      if (command == Command.AIR) {
        vectors.onAia(subscriberAt[slot], m, sqnMsAt[slot]);
      }
    }
    if (flows != null) {
      flows.onAnswer(m.hopByHopId(), resultCode);
      return;
    }
    if (running && !options.openLoop()) {
      sendOne();
    }
  }

  /**
   * Open loop: catches up with the schedule (rate per connection since the start), whatever is
   * pending.
   */
  private void sendOwed() {
    long now = System.nanoTime();
    while (schedule.owes(now)) {
      dueNanos = schedule.take();
      sendOne();
    }
  }

  /** Notes when the request in {@code slot} left and when it was due. */
  private void stamp(int slot) {
    long now = System.nanoTime();
    sentAtNanos[slot] = now;
    if (schedule == null) {
      dueAtNanos[slot] = now;
      return;
    }
    dueAtNanos[slot] = dueNanos;
    latencies.sendLag.record(Math.max(0, (now - dueNanos) / 1000));
  }

  private void sendOne() {
    if (mix != null) {
      send(mix.pick(ThreadLocalRandom.current().nextInt(100)), template.ownIndex(), false);
      return;
    }
    if (profileRequests != null) {
      // --message air with --resync-share: any subscriber, as the template would pick
      send(Command.AIR, ThreadLocalRandom.current().nextInt(options.subscribers()), false);
      return;
    }
    int hbh = nextHopByHop++;
    stamp(hbh & (RING - 1));
    byte[] request = template.next(hbh);
    if (imsiAt != null) {
      imsiAt[hbh & (RING - 1)] = template.lastImsi();
    }
    counters.sent.increment();
    socket.writeMessage(Unpooled.wrappedBuffer(request));
  }

  /** Sends {@code command} for subscriber {@code index}; returns its hop-by-hop id. */
  private int send(Command command, int index, boolean reRegistration) {
    int hbh = nextHopByHop++;
    int slot = hbh & (RING - 1);
    byte[] request = profileRequests.build(command, hbh, index, reRegistration);
    commandAt[slot] = command;
    subscriberAt[slot] = index;
    sqnMsAt[slot] = profileRequests.lastSqnMs();
    stamp(slot);
    counters.sent.increment();
    socket.writeMessage(Unpooled.wrappedBuffer(request));
    return hbh;
  }

  private byte[] cer() {
    return MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
        .hopByHop(-1)
        .add(BaseAvps.ORIGIN_HOST, originHost)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
        .add(BaseAvps.VENDOR_ID, 0)
        .add(BaseAvps.PRODUCT_NAME, "reactive-hss-loadgen")
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.CX))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SH))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S13))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SLH))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SWX))
        .build();
  }
}
