package org.reactivehss.faults;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.TestPeer;

/**
 * An MME connection for the fault tests: AIRs pipelined up to a window (TS 29.272 §7.2.5 layout), a
 * reader thread matching answers to requests by hop-by-hop id, every answer put into a shared sink.
 * A connection the HSS drops (kill -9) just stops: what was answered stays in the sink.
 */
final class AirConnection implements AutoCloseable {
  /** MCC 001, MNC 01 (TS 24.008 §10.5.1.13 order): the home PLMN of the test IMSIs. */
  private static final byte[] HOME_PLMN = {0x00, (byte) 0xf1, 0x10};

  private record Sent(String imsi, long nanos) {}

  private final TestPeer peer;
  private final List<String> imsis;
  private final boolean readSqns;
  private final Queue<AirAnswer> sink;
  private final Semaphore window;
  private final ConcurrentHashMap<Integer, Sent> pending = new ConcurrentHashMap<>();
  private final AtomicBoolean open = new AtomicBoolean(true);
  private int sessions;

  private AirConnection(
      TestPeer peer, List<String> imsis, int window, boolean readSqns, Queue<AirAnswer> sink) {
    this.peer = peer;
    this.imsis = imsis;
    this.window = new Semaphore(window);
    this.readSqns = readSqns;
    this.sink = sink;
  }

  /** Connects, exchanges CER/CEA and starts reading answers. */
  static AirConnection open(
      int port,
      String originHost,
      List<String> imsis,
      int window,
      boolean readSqns,
      Queue<AirAnswer> sink)
      throws IOException {
    TestPeer peer = new TestPeer(port, originHost);
    peer.open();
    AirConnection c = new AirConnection(peer, imsis, window, readSqns, sink);
    Thread reader = new Thread(c::readAnswers, "air-reader-" + originHost);
    reader.setDaemon(true);
    reader.start();
    return c;
  }

  /**
   * Sends one AIR for a random IMSI (1 to 3 vectors) when the window has room within {@code
   * waitMillis}; false when it had none or the connection is gone. Call from one thread per
   * connection.
   */
  boolean send(long waitMillis) throws InterruptedException {
    if (!open.get() || !window.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
      return false;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String imsi = imsis.get(random.nextInt(imsis.size()));
    int hopByHop = peer.nextHopByHop();
    byte[] air =
        MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
            .hopByHop(hopByHop)
            .endToEnd(hopByHop)
            .add(BaseAvps.SESSION_ID, peer.host + ";1;" + (++sessions))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A))
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain")
            .add(BaseAvps.USER_NAME, imsi)
            .addGroup(
                S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
                g ->
                    g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, 1 + random.nextInt(3))
                        .add(S6aAvps.IMMEDIATE_RESPONSE_PREFERRED, 0))
            .add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN)
            .build();
    pending.put(hopByHop, new Sent(imsi, System.nanoTime()));
    try {
      peer.send(air);
      return true;
    } catch (IOException dropped) {
      pending.remove(hopByHop);
      open.set(false);
      return false;
    }
  }

  /**
   * A writer thread keeping the window full while {@code running} holds and the connection is up.
   */
  Thread closedLoop(BooleanSupplier running) {
    Thread writer =
        new Thread(
            () -> {
              try {
                while (running.getAsBoolean() && open.get()) {
                  send(50);
                }
              } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
              }
            },
            "air-writer-" + peer.host);
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  boolean isOpen() {
    return open.get();
  }

  /** Requests written and not answered yet. */
  int unanswered() {
    return pending.size();
  }

  /** Age in milliseconds of the oldest request still unanswered, 0 when none is. */
  long oldestUnansweredMillis() {
    long now = System.nanoTime();
    return pending.values().stream()
        .mapToLong(s -> TimeUnit.NANOSECONDS.toMillis(now - s.nanos()))
        .max()
        .orElse(0);
  }

  private void readAnswers() {
    while (open.get()) {
      DiameterMessage m;
      try {
        m = peer.receive();
      } catch (SocketTimeoutException idle) {
        continue;
      } catch (IOException dropped) {
        open.set(false);
        return;
      }
      Sent sent = m.isRequest() ? null : pending.remove(m.hopByHopId());
      if (sent != null) {
        long now = System.nanoTime();
        sink.add(
            new AirAnswer(
                sent.imsi(),
                m.resultCode(),
                now - sent.nanos(),
                now,
                readSqns ? VectorSqn.of(m) : List.of()));
        window.release();
      }
    }
  }

  @Override
  public void close() throws IOException {
    open.set(false);
    peer.close();
  }
}
