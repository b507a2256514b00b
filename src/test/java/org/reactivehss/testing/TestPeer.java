package org.reactivehss.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;

/**
 * A Diameter peer for tests on a plain blocking socket, independent of the HSS's transport code: it
 * writes raw bytes (well-formed or not) and reads frames by the length in their header.
 */
public final class TestPeer implements AutoCloseable {
  public final String host;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private int hopByHop = 1000;

  public TestPeer(int port, String host) throws IOException {
    this(new Socket(InetAddress.getLoopbackAddress(), port), host);
  }

  private TestPeer(Socket socket, String host) throws IOException {
    this.host = host;
    this.socket = socket;
    this.socket.setSoTimeout(5_000);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** A peer on a connection the HSS opened to the test. */
  public static TestPeer over(Socket accepted, String host) throws IOException {
    return new TestPeer(accepted, host);
  }

  public void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** The socket's output, for tests that write without the helpers (and may block). */
  public OutputStream rawOutput() {
    return out;
  }

  public int nextHopByHop() {
    return hopByHop++;
  }

  public byte[] cer(long... applications) {
    MessageBuilder b =
        MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE)
            .hopByHop(nextHopByHop())
            .add(BaseAvps.ORIGIN_HOST, host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.HOST_IP_ADDRESS, InetAddress.getLoopbackAddress())
            .add(BaseAvps.VENDOR_ID, 10415L)
            .add(BaseAvps.PRODUCT_NAME, "test-peer")
            .add(BaseAvps.ORIGIN_STATE_ID, 7L);
    for (long app : applications) {
      b.addGroup(
          BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
          g -> {
            g.add(BaseAvps.VENDOR_ID, 10415L);
            g.add(BaseAvps.AUTH_APPLICATION_ID, app);
          });
    }
    return b.build();
  }

  /** CER for S6a and Cx, then the CEA; fails the test unless it is a success. */
  public DiameterMessage open() throws IOException {
    send(cer(Applications.S6A, Applications.CX));
    DiameterMessage cea = receive();
    if (resultCode(cea) != 2001) {
      throw new AssertionError("CEA result " + resultCode(cea));
    }
    return cea;
  }

  public byte[] dwr() {
    return MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
        .hopByHop(nextHopByHop())
        .add(BaseAvps.ORIGIN_HOST, host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .build();
  }

  /** The next message from the HSS; fails after the socket timeout. */
  public DiameterMessage receive() throws IOException {
    byte[] header = in.readNBytes(20);
    if (header.length < 20) {
      throw new IOException("connection closed by the HSS");
    }
    int length = ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8) | (header[3] & 0xff);
    byte[] frame = Arrays.copyOf(header, length);
    int read = in.readNBytes(frame, 20, length - 20);
    if (read < length - 20) {
      throw new IOException("connection closed mid-message");
    }
    DecodeResult r = DiameterMessage.parse(frame);
    if (r.problem() != null) {
      throw new AssertionError("HSS sent a malformed message: " + r.problem());
    }
    return r.message();
  }

  /** True when the HSS closes the connection within {@code timeout} (after any pending data). */
  public boolean closedWithin(Duration timeout) throws IOException {
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      while (in.read() >= 0) {
        // drain what the HSS sent before closing
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  /**
   * Result-Code of an answer, or -1 when it has none (3GPP answers may use Experimental-Result).
   */
  public static long resultCode(DiameterMessage m) {
    Avp rc = m.first(BaseAvps.RESULT_CODE);
    return rc == null ? -1 : rc.asUnsigned32();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
