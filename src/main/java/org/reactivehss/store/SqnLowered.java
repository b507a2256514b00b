package org.reactivehss.store;

/**
 * A provisioning write refused because its "sqn" is below the stored SQN_HE: lowering SQN_HE would
 * issue again SQNs a USIM may already have seen (docs/sqn.md). Nothing of the write was kept.
 */
public final class SqnLowered extends RuntimeException {
  private final long current;
  private final long requested;

  public SqnLowered(long current, long requested) {
    super("sqn is below the stored SQN_HE", null, false, false);
    this.current = current;
    this.requested = requested;
  }

  /** SQN_HE as stored when the write was refused: the last SQN issued (not secret). */
  public long current() {
    return current;
  }

  public long requested() {
    return requested;
  }
}
