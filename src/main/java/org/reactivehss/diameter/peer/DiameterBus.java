package org.reactivehss.diameter.peer;

import io.vertx.core.Vertx;
import org.reactivehss.bus.LocalCodec;
import org.reactivehss.diameter.codec.DiameterMessage;

/**
 * How application requests travel between the peer layer and the application handlers.
 *
 * <p>A request goes, as a {@link DiameterMessage}, to {@link #address} for its application and
 * command; the handler replies with a {@link DiameterAnswer}, or fails the message with a Diameter
 * Result-Code as failure code (for example 5012) when it cannot build an answer itself. Both types use
 * the local codec: objects are handed over, never serialized.
 */
public final class DiameterBus {
  private DiameterBus() {
  }

  public static String address(long applicationId, int commandCode) {
    return "diameter." + applicationId + "." + commandCode;
  }

  public static void registerCodecs(Vertx vertx) {
    LocalCodec.register(vertx, DiameterMessage.class);
    LocalCodec.register(vertx, DiameterAnswer.class);
  }
}
