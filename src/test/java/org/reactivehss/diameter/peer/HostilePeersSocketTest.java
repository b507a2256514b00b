package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.testing.TestPeer;

/**
 * Peers that misbehave on purpose, all against one HSS with a 1 s CER timeout: each is cut off or
 * held back, and a well-behaved peer is served throughout.
 */
@Timeout(60)
class HostilePeersSocketTest {
  static TestHss hss;

  @BeforeAll
  static void start() throws Exception {
    hss = new TestHss(o -> o.withTimers(1_000, 30_000, 500, 2_000));
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  private static void wellBehavedPeerIsServed(String host) throws IOException {
    try (TestPeer good = hss.connect(host)) {
      good.open();
      good.send(good.dwr());
      assertThat(TestPeer.resultCode(good.receive())).isEqualTo(2001);
    }
  }

  @Test
  void slowloris_sendingCerOneByteAtATime_isClosedByTheCerTimeout() throws Exception {
    try (TestPeer slow = hss.connect("slow.localdomain")) {
      byte[] cer = slow.cer(16777251L);
      Thread dribble =
          new Thread(
              () -> {
                try {
                  for (byte b : cer) {
                    slow.send(new byte[] {b});
                    Thread.sleep(100); // a slow client is the point
                  }
                } catch (IOException | InterruptedException closed) {
                  // the HSS closed the connection: what this test expects
                }
              });
      dribble.start();
      wellBehavedPeerIsServed("good1.localdomain");
      assertThat(slow.closedWithin(Duration.ofSeconds(5))).isTrue();
      dribble.interrupt();
      dribble.join();
    }
  }

  @Test
  void aThousandConnectionsThatNeverSendCer_areAllClosed_whileOthersAreServed() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 1000; i++) {
        idle.add(new Socket(InetAddress.getLoopbackAddress(), hss.port));
      }
      wellBehavedPeerIsServed("good2.localdomain");
      for (Socket s : idle) {
        s.setSoTimeout(5_000);
        assertThat(s.getInputStream().read()).as("closed by the HSS").isEqualTo(-1);
      }
    } finally {
      for (Socket s : idle) {
        s.close();
      }
    }
  }

  @Test
  void floodOfRequestsBeforeCer_getsOne3010_andIsClosed() throws Exception {
    try (TestPeer flood = hss.connect("flood.localdomain")) {
      java.io.ByteArrayOutputStream burst = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < 1000; i++) {
        burst.write(flood.dwr());
      }
      try {
        flood.send(burst.toByteArray());
      } catch (IOException resetMidFlood) {
        // the HSS may close before it has read everything
      }
      assertThat(TestPeer.resultCode(flood.receive())).isEqualTo(3010);
      assertThat(flood.closedWithin(Duration.ofSeconds(5))).isTrue();
      wellBehavedPeerIsServed("good3.localdomain");
    }
  }

  @Test
  void peerThatNeverReadsItsAnswers_isHeldBack_notBuffered() throws Exception {
    try (TestPeer greedy = hss.connect("greedy.localdomain")) {
      greedy.open();
      byte[] dwr = greedy.dwr();
      byte[] chunk = new byte[dwr.length * 1000];
      for (int i = 0; i < 1000; i++) {
        System.arraycopy(dwr, 0, chunk, i * dwr.length, dwr.length);
      }
      AtomicLong written = new AtomicLong();
      Thread writer =
          new Thread(
              () -> {
                try {
                  OutputStream out = greedy.rawOutput();
                  while (!Thread.currentThread().isInterrupted()) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                  }
                } catch (IOException closed) {
                  // socket closed at the end of the test
                }
              });
      writer.setDaemon(true);
      writer.start();
      // these two sleeps are the test: no event says "the HSS stopped reading", so the writer gets
      // three seconds to fill every buffer, then one more to show that not a byte more goes in
      Thread.sleep(3_000);
      wellBehavedPeerIsServed("good4.localdomain");
      long afterThreeSeconds = written.get();
      Thread.sleep(1_000);
      // Without back-pressure the HSS would read (and queue answers for) tens of MB per second.
      // With it,
      // once its write queue is full it stops reading, TCP's window closes and the writer blocks.
      assertThat(written.get()).as("the writer is stalled").isEqualTo(afterThreeSeconds);
      assertThat(afterThreeSeconds)
          .as("bytes accepted from a peer that does not read")
          .isLessThan(32L << 20);
      writer.interrupt();
    }
  }
}
