package org.reactivehss.diameter.transport;

import org.reactivehss.diameter.codec.InboundFrame;
import org.reactivehss.net.ConnectionBudget;

/**
 * Gives the connection's place in {@code diameter.max-connections} back when the transport is gone.
 */
final class BudgetedLinkHandler implements LinkHandler {
  private final LinkHandler inner;
  private final ConnectionBudget budget;

  BudgetedLinkHandler(LinkHandler inner, ConnectionBudget budget) {
    this.inner = inner;
    this.budget = budget;
  }

  @Override
  public void onInbound(InboundFrame frame) {
    inner.onInbound(frame);
  }

  /** Called once per connection (LinkHandler), so the place is released exactly once. */
  @Override
  public void onClosed() {
    try {
      inner.onClosed();
    } finally {
      budget.release();
    }
  }
}
