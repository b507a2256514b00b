package org.reactivehss.store;

/** A provisioning write that names an identity already held by another subscriber. */
public final class SubscriberConflict extends RuntimeException {
  private final String field;

  public SubscriberConflict(String field, String reason) {
    super(reason, null, false, false);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
