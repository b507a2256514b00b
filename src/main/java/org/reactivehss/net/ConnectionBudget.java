package org.reactivehss.net;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many sockets one listener side (HTTP, or Diameter over TCP, TLS and SCTP together) may hold
 * open. Shared by every server instance of that side, whatever event loop accepted the connection,
 * hence an atomic counter and no lock. Over budget a connection is closed at once, so one side can
 * never take the file descriptors the other needs ({@link FileDescriptorBudget}).
 */
public final class ConnectionBudget {
  private final String name;
  private final int max;
  private final AtomicInteger open = new AtomicInteger();

  public ConnectionBudget(String name, int max) {
    this.name = name;
    this.max = max;
  }

  /**
   * True when the connection may stay; then {@link #release} must follow exactly once, at its
   * close.
   */
  public boolean tryAcquire() {
    if (open.incrementAndGet() <= max) {
      return true;
    }
    open.decrementAndGet();
    return false;
  }

  public void release() {
    open.decrementAndGet();
  }

  public int open() {
    return open.get();
  }

  public int max() {
    return max;
  }

  /** The option that sets {@link #max}, for log lines that tell the operator what to change. */
  public String name() {
    return name;
  }
}
