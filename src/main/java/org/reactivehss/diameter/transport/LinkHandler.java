package org.reactivehss.diameter.transport;

import org.reactivehss.diameter.codec.InboundFrame;

/** What a transport reports upward, always on the link's own context. */
public interface LinkHandler {

  /**
   * One frame from the codec: a decode result, or the framing error after which the stream is lost.
   */
  void onInbound(InboundFrame frame);

  /** The transport is gone (closed by either side or failed). Called once. */
  void onClosed();
}
