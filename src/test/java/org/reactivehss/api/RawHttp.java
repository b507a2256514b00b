package org.reactivehss.api;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send (a foreign Host header) and
 * for connections held open on purpose (slow or idle clients).
 */
final class RawHttp implements AutoCloseable {
  final Socket socket;
  private final InputStream in;

  RawHttp(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
  }

  record Reply(int status, String headers, String body) {
    JsonObject json() {
      return new JsonObject(body);
    }

    String errorField() {
      return json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
  }

  /** One request with Connection: close; {@code headers} are extra lines, each ending in CRLF. */
  static Reply exchange(int port, String method, String path, String headers, String body)
      throws IOException {
    try (RawHttp http = new RawHttp(port)) {
      http.write(
          method
              + " "
              + path
              + " HTTP/1.1\r\n"
              + headers
              + "Connection: close\r\n"
              + (body == null
                  ? ""
                  : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n")
              + "\r\n"
              + (body == null ? "" : body));
      return http.readReply();
    }
  }

  void write(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  /** One response, read by its Content-Length (the connection may stay open). */
  Reply readReply() throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed before the response headers ended");
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Reply(Integer.parseInt(headers.substring(9, 12)), headers, body);
  }

  /**
   * True when the server closes the connection within {@code millis}; false when it is still open
   * then.
   */
  boolean closedWithin(int millis) throws IOException {
    socket.setSoTimeout(millis);
    try {
      while (in.read() >= 0) {
        // discard what the server sent before closing
      }
      return true;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
