package org.reactivehss.app.s6a;

import io.vertx.core.Future;
import java.util.function.Function;
import org.reactivehss.diameter.codec.ApplicationHead;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.MessageTooLongException;
import org.reactivehss.diameter.codec.SessionIds;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.peer.HssRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests the HSS sends to an MME or SGSN (CLR, IDR, DSR, RSR; TS 29.272 §5.2.1.2, §5.2.2) with
 * their common head; delivery, retries and outcome counts are {@link HssRequests}'.
 */
final class MmeRequests {
  private static final Logger log = LoggerFactory.getLogger(MmeRequests.class);
  private final HssRequests delivery;
  private final S6aAnswers identity;

  MmeRequests(HssRequests delivery, S6aAnswers identity) {
    this.delivery = delivery;
    this.identity = identity;
  }

  /**
   * Sends {@code command} to {@code host}; {@code body} adds the command's own AVPs after the fixed
   * head ({@link ApplicationHead#request}, then Destination-Host, Destination-Realm, User-Name when
   * {@code imsi} is not null: Reset names no user). Completes with the answer, or fails after the
   * last attempt.
   */
  Future<DiameterMessage> send(
      CommandDef command,
      String host,
      String realm,
      String imsi,
      Function<MessageBuilder, MessageBuilder> body) {
    MessageBuilder b =
        ApplicationHead.request(
                command,
                SessionIds.process().next(identity.originHost()),
                identity.originHost(),
                identity.originRealm())
            .endToEnd((int) System.nanoTime())
            .add(BaseAvps.DESTINATION_HOST, host)
            .add(BaseAvps.DESTINATION_REALM, realm == null ? identity.originRealm() : realm);
    if (imsi != null) {
      b.add(BaseAvps.USER_NAME, imsi);
    }
    byte[] request;
    try {
      request = body.apply(b).build();
    } catch (MessageTooLongException tooLong) {
      // RFC 6733 §3: nothing over a 24-bit Message Length can be sent; the request is dropped,
      // loudly.
      log.warn(
          "{} to {} not sent: {}",
          command.requestAbbreviation(),
          LogSafe.text(host),
          tooLong.getMessage());
      return Future.failedFuture(tooLong);
    }
    return delivery.send(command, host, request);
  }
}
