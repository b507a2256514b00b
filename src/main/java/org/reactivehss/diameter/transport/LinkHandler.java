package org.reactivehss.diameter.transport;

/** What a transport reports upward, always on the link's own context. */
public interface LinkHandler {

  /** A framed inbound item from the codec: a decode result or a framing error. */
  void onInbound(Object framed);

  /** The transport is gone (closed by either side or failed). Called once. */
  void onClosed();
}
