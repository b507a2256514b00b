package org.reactivehss.diameter.transport;

import org.reactivehss.diameter.codec.InboundFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a connection's handler so that a failure inside it (a bug, never a peer's fault: peers'
 * mistakes are values) closes that one connection, loudly, instead of leaving its state
 * half-updated or escaping into the event loop where it would only be logged.
 */
final class GuardedLinkHandler implements LinkHandler {
  private static final Logger log = LoggerFactory.getLogger(GuardedLinkHandler.class);

  private final Link link;
  private final LinkHandler inner;

  GuardedLinkHandler(Link link, LinkHandler inner) {
    this.link = link;
    this.inner = inner;
  }

  @Override
  public void onInbound(InboundFrame frame) {
    try {
      inner.onInbound(frame);
    } catch (RuntimeException e) {
      log.error(
          "{}: unexpected failure handling a message; closing the connection", link.describe(), e);
      link.close();
    }
  }

  @Override
  public void onClosed() {
    inner.onClosed();
  }
}
