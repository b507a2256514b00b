package org.reactivehss.diameter.transport;

import io.vertx.core.Context;
import io.vertx.core.Future;
import java.net.InetAddress;
import java.security.cert.X509Certificate;

/**
 * One connected Diameter transport (a TCP connection or an SCTP association). It moves whole
 * messages and knows nothing of their content; the codec frames bytes before they reach the {@link
 * LinkHandler}. Every method must be called on {@link #context()}, the link's event loop.
 */
public interface Link {

  /** Queues one encoded Diameter message for sending. */
  void send(byte[] message);

  /** Closes the transport after what was queued has been written. */
  void close();

  /** The local address of this connection, advertised as Host-IP-Address (RFC 6733 §5.3.5). */
  InetAddress localAddress();

  /** "tcp 10.0.0.5:41234" — for logs; never contains message content. */
  String describe();

  /** The event-loop context that owns this link and everything attached to it. */
  Context context();

  /** Whether this connection runs over TLS (the dedicated port, or in-band after CER/CEA). */
  default boolean isTls() {
    return false;
  }

  /** The peer's own certificate on a TLS connection; null without TLS or when it presented none. */
  default X509Certificate peerCertificate() {
    return null;
  }

  /** Whether {@link #startTls} can work here: TCP in the clear, with TLS settings configured. */
  default boolean canStartTls() {
    return false;
  }

  /**
   * Starts TLS on this connection after what was already queued (RFC 3588 §6.10: right after the
   * CEA). Nothing is read until the handshake is over; the future completes on {@link #context()}.
   */
  default Future<Void> startTls() {
    return Future.failedFuture(describe() + " cannot start TLS");
  }
}
