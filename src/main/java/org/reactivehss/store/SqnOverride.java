package org.reactivehss.store;

/**
 * A provisioning write's explicit permission to lower SQN_HE (lab recovery only: the SQNs between
 * the new and the old value can be issued a second time, docs/sqn.md). Without one (null), a write
 * whose "sqn" is below the stored SQN_HE fails whole with {@link SqnLowered}.
 */
public interface SqnOverride {
  /**
   * SQN_HE of {@code imsi} went from {@code from} down to {@code to}; told once the write
   * committed.
   */
  void lowered(String imsi, long from, long to);
}
