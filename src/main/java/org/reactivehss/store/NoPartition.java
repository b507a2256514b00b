package org.reactivehss.store;

/**
 * A provisioning write for an IMSI that no configured range holds (db.partitions): the API answers
 * 400 naming "imsi".
 */
public final class NoPartition extends RuntimeException {
  public static final String REASON = "no partition holds this IMSI range";

  public NoPartition() {
    super(REASON, null, false, false);
  }
}
