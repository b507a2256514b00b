package org.reactivehss.store;

/** A storage failure that crosses the event bus as a code, never with key material in its message. */
public final class StoreException extends RuntimeException {
  private final StoreFailure failure;

  public StoreException(StoreFailure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  public StoreFailure failure() {
    return failure;
  }
}
