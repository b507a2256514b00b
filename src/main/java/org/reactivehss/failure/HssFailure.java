package org.reactivehss.failure;

import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * The one failure that crosses storage, authentication and the event bus unchanged: a {@link
 * FailureKind} and a detail for the log. It is a {@link ReplyException} of type RECIPIENT_FAILURE
 * so that a bus consumer replies with the instance itself ({@code message.reply(failure)}) and the
 * requester's future fails with that same instance (Vert.x hands local reply bodies over
 * untransformed), the way Eclipse Hono's ServiceInvocationException carries its status and
 * Erlang/OTP diameter carries errors as values. The detail may name an IMSI or an SQL state; it
 * never holds key material and never leaves the HSS (peers and clients see {@link
 * FailureKind#publicText()}). No stack trace: these are outcomes, not bugs, and some happen on
 * every request of an outage.
 */
public final class HssFailure extends ReplyException {
  private final FailureKind kind;

  private HssFailure(FailureKind kind, String detail) {
    super(ReplyFailure.RECIPIENT_FAILURE, kind.ordinal(), detail);
    this.kind = kind;
  }

  public static HssFailure of(FailureKind kind, String detail) {
    return new HssFailure(kind, detail);
  }

  /**
   * Any failure as an {@link HssFailure}: itself when it is one, a bus that gave up waiting as
   * {@link FailureKind#TIMED_OUT}, anything else (no consumer, a bug) as {@link
   * FailureKind#INTERNAL}. Storage maps its own driver's failures first (store's StoreErrors), so
   * what reaches this fallback from there is already an HssFailure.
   */
  public static HssFailure from(Throwable cause) {
    if (cause instanceof HssFailure known) {
      return known;
    }
    if (cause instanceof ReplyException reply && reply.failureType() == ReplyFailure.TIMEOUT) {
      return new HssFailure(FailureKind.TIMED_OUT, "no reply in time: " + reply.getMessage());
    }
    return new HssFailure(
        FailureKind.INTERNAL, cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }

  public FailureKind kind() {
    return kind;
  }

  /** The internal detail, for logs only. */
  public String detail() {
    return getMessage();
  }

  @Override
  public String toString() {
    return "HssFailure[" + kind + ": " + getMessage() + "]";
  }
}
