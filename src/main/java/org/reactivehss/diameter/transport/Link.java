package org.reactivehss.diameter.transport;

import io.vertx.core.Context;
import java.net.InetAddress;

/**
 * One connected Diameter transport (a TCP connection or an SCTP association). It moves whole
 * messages and knows nothing of their content; the codec frames bytes before they reach the
 * {@link LinkHandler}. Every method must be called on {@link #context()}, the link's event loop.
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
}
