package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import org.reactivehss.bus.Deadline;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * How application requests travel between the peer layer and the application handlers.
 *
 * <p>A request goes, as a {@link DiameterMessage} carrying its deadline, to {@link #address} for
 * its application and command; the handler always replies with a {@link DiameterAnswer}, failures
 * included (its application's outcome table). Both types use the local codec: objects are handed
 * over, never serialized.
 */
public final class DiameterBus {
  private DiameterBus() {}

  public static String address(long applicationId, int commandCode) {
    return "diameter." + applicationId + "." + commandCode;
  }

  /**
   * The deadline the peer layer fixed for {@code request} on arrival; {@link Deadline#NONE} when it
   * set none.
   */
  public static Deadline deadline(DiameterMessage request) {
    return request.hasDeadline() ? Deadline.atNanos(request.deadlineNanos()) : Deadline.NONE;
  }

  public static void registerCodecs(Vertx vertx) {
    LocalCodec.register(vertx, DiameterMessage.class);
    LocalCodec.register(vertx, DiameterAnswer.class);
  }
}
